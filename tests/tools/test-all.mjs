// `npm test`: type check, lint, the formatter's check, unit and integration tests (with the
// conformance suite against the in-process mock), the conformance suite against the real server
// (PGlite; PostgreSQL too when TEST_DATABASE_URL is set), then end-to-end tests in Chromium when
// one is found (required when E2E_REQUIRED=1, as in CI). Ends with one line "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import { stripVTControlCharacters } from 'node:util'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const e2eRequired = process.env.E2E_REQUIRED === '1'
const totals = { passed: 0, failed: 0, skipped: 0 }

const run = (title, command, args, env = {}) => {
  console.info(`\n▶ ${title}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.info(
    `◀ ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return result.status === 0
}

/**
 * `run` in the background, its output kept in a file and printed when it is awaited: for a run
 * that mostly waits (the server's journey waits for a real publication time) beside another.
 * Output goes to a file, not a pipe: the runs beside it block this process (spawnSync).
 */
const runBeside = (title, command, args) => {
  const log = `test-results/${title.replace(/\W+/g, '-')}.log`
  const out = openSync(log, 'w')
  const started = Date.now()
  const child = spawn(command, args, { stdio: ['ignore', out, out], env: process.env })
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  return async () => {
    const code = await exited
    closeSync(out)
    console.info(`\n▶ ${title} (beside the run before it): ${command} ${args.join(' ')}`)
    process.stdout.write(readFileSync(log, 'utf8'))
    console.info(`◀ ${title}: ${code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return code === 0
  }
}

const failures = []
const firstLine = (message) =>
  stripVTControlCharacters(String(message ?? ''))
    .trim()
    .split('\n')[0]
    .slice(0, 300)

const count = (file, read) => {
  if (!existsSync(file)) return
  const figures = read(JSON.parse(readFileSync(file, 'utf8')))
  totals.passed += figures.passed
  totals.failed += figures.failed
  totals.skipped += figures.skipped
}

mkdirSync('test-results', { recursive: true })
let ok = run('type check', 'npx', ['tsc', '--noEmit'])
ok = run('lint', 'npx', ['oxlint', '--deny-warnings']) && ok
ok = run('format', 'npx', ['prettier', '--check', '.']) && ok
/**
 * A Vitest run with its JSON report in test-results/: its tests counted, its failures named (after
 * `label`, when it says which of the runs of one file failed).
 */
const vitest = (title, command, args, report, label = '') => {
  rmSync(report, { force: true }) // a crashed run must not be counted with the last run's figures
  const runOk = run(title, command, [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  if (!runOk) totals.failed += 1
  count(report, (results) => {
    for (const file of results.testResults)
      for (const test of file.assertionResults)
        if (test.status === 'failed')
          failures.push(
            `${label}${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`,
          )
    return {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    }
  })
  return runOk
}

// The app's and the mock's tests in Vitest, the conformance suite with them against the in-process mock.
ok =
  vitest(
    'unit and integration tests',
    'npx',
    ['vitest', 'run', '--project', 'shared', '--project', 'isolated', '--project', 'contract'],
    'test-results/vitest.json',
  ) && ok
// Then the server's own tests (real processes, databases, a SIGKILL under load) and the differential
// test, apart: beside the whole-route tests they made those time out on a 2-core machine.
ok =
  vitest(
    'the server and the differential test (mock against server)',
    'npx',
    ['vitest', 'run', '--project', 'server', '--project', 'differential'],
    'test-results/vitest-server.json',
  ) && ok

// The conformance suite again against the real server (tests/contract/against-server.ts), on a
// fresh PGlite folder, and on a new database of the PostgreSQL server at TEST_DATABASE_URL if set (CI).
const againstServer = (engine, options) =>
  vitest(
    `conformance suite against the server on ${engine}`,
    'npx',
    ['tsx', 'tests/contract/against-server.ts', ...options],
    `test-results/contract-${engine.toLowerCase()}.json`,
    `[server on ${engine}] `,
  )
ok = againstServer('PGlite', []) && ok
if (process.env.TEST_DATABASE_URL) ok = againstServer('PostgreSQL', ['--postgres']) && ok
else
  console.info(
    '\nSKIPPED the conformance suite against the server on PostgreSQL: TEST_DATABASE_URL is not set (.ci/run sets it).',
  )

if (existsSync(chromium)) {
  /** A Playwright run's report: its tests counted, its failures named (after `label`). */
  const countPlaywright = (report, label) =>
    count(report, (results) => {
      const walk = (suite) => {
        for (const spec of suite.specs ?? [])
          for (const test of spec.tests)
            if (test.status === 'unexpected')
              failures.push(`${label}${spec.file} › ${spec.title}: ${firstLine(test.results.at(-1)?.error?.message)}`)
        for (const child of suite.suites ?? []) walk(child)
      }
      for (const suite of results.suites) walk(suite)
      return {
        passed: results.stats.expected + results.stats.flaky,
        failed: results.stats.unexpected,
        skipped: results.stats.skipped,
      }
    })
  // The three roles' journeys again against the real server (npm start's build, mocking off, a fresh
  // PGlite): an editor's and a reviewer's day to the real publication time, and an admin's. Most of
  // its time is that wait, so it runs beside the demo's run. The other 15 journeys the server config
  // lists run with `npm run test:e2e:server` (about 9 minutes more than CI's 20 have room for).
  rmSync('test-results/e2e-server.json', { force: true })
  const serverJourneys = runBeside("the roles' journeys against the server (Chromium)", 'npx', [
    'playwright',
    'test',
    '-c',
    'tests/e2e/playwright.server.config.ts',
    'workflow.spec.ts',
    'admin-journey.spec.ts',
  ])
  rmSync('test-results/e2e.json', { force: true })
  const e2eOk = run('end-to-end tests (Chromium)', 'npx', [
    'playwright',
    'test',
    '-c',
    'tests/e2e/playwright.config.ts',
  ])
  if (!e2eOk) totals.failed += 1
  ok = e2eOk && ok
  countPlaywright('test-results/e2e.json', '')
  const serverOk = await serverJourneys()
  if (!serverOk) totals.failed += 1
  ok = serverOk && ok
  countPlaywright('test-results/e2e-server.json', '[server] ')
  // Real sign-in (issue #17): each role through a local OpenID Connect provider's login page,
  // against the server on the build the journeys above just made.
  rmSync('test-results/e2e-oidc.json', { force: true })
  const oidcOk = run(
    'sign-in through an OpenID Connect provider (Chromium)',
    'npx',
    ['playwright', 'test', '-c', 'tests/e2e/playwright.oidc.config.ts'],
    { E2E_SERVER_STATIC_DIR: 'node_modules/.cache/e2e-server-5340' },
  )
  if (!oidcOk) totals.failed += 1
  ok = oidcOk && ok
  countPlaywright('test-results/e2e-oidc.json', '[oidc] ')
} else if (e2eRequired) {
  console.error(`\nEnd-to-end tests are required but no Chromium was found at ${chromium}.`)
  ok = false
  totals.failed += 1
} else {
  console.info(
    `\nSKIPPED end-to-end tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  )
}

// The tail of a CI log is often all that is read: it names every failure, with its first line.
if (failures.length > 0) console.info(`\nFailed:\n${failures.map((line) => `- ${line}`).join('\n')}`)
console.info(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(ok ? 0 : 1)
