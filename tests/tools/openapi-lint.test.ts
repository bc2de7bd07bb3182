/**
 * Lint as a gate (issue 13): docs/openapi.json judged by tools nobody here wrote. Spectral
 * (spectral:oas, .spectral.yaml) and Redocly (recommended, redocly.yaml) find no error and no
 * warning; a rule is turned off there only with a comment saying why. openapi-typescript, with
 * its default options, generates types that tests/contract/client/program.ts (list with
 * filters, create with an Idempotency-Key, a transition, a bulk assignment) type-checks against.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = process.cwd()
const document = 'docs/openapi.json'
const bin = (name: string) => join(root, 'node_modules/.bin', name)
// openapi-typescript needs TypeScript 5's compiler API, so it lives in a workspace of its own.
const openapiTypescript = join(root, 'tests/contract/client/node_modules/openapi-typescript/bin/cli.js')

type Run = { code: number | null; stdout: string; stderr: string }

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** What a run printed, for a failure's message. */
const printed = (result: Run) => `exit ${result.code}\n${result.stdout}\n${result.stderr}`.trim()

function parsed<T>(tool: string, result: Run): T {
  try {
    return JSON.parse(result.stdout) as T
  } catch {
    throw new Error(`${tool} printed no JSON report:\n${printed(result)}`)
  }
}

type Finding = { rule: string; severity: 'error' | 'warning'; where: string; message: string }
const readable = (finding: Finding) => `${finding.rule} at ${finding.where}: ${finding.message}`

const pointer = (path: (string | number)[]) =>
  '#/' + path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

/** Spectral's JSON: severity 0 error, 1 warning, 2 information, 3 hint (the last two never fail). */
function spectralFindings(result: Run): Finding[] {
  const results = parsed<{ code: string; path: (string | number)[]; message: string; severity: number }[]>(
    'Spectral',
    result,
  )
  return results
    .filter((each) => each.severity <= 1)
    .map((each) => ({
      rule: each.code,
      severity: each.severity === 0 ? 'error' : 'warning',
      where: pointer(each.path),
      message: each.message,
    }))
}

function redoclyFindings(result: Run): Finding[] {
  const report = parsed<{
    problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[]
  }>('Redocly', result)
  return report.problems.map((each) => ({
    rule: each.ruleId,
    severity: each.severity === 'error' ? 'error' : 'warning',
    where: each.location.map((location) => location.pointer ?? '?').join(', '),
    message: each.message,
  }))
}

const withSeverity = (findings: Finding[], severity: Finding['severity']) =>
  findings.filter((finding) => finding.severity === severity).map(readable)

let folder = ''
let spectral: Run
let redocly: Run
let generated: Run
let typeCheck: Run | undefined

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'openapi-client-'))
  // The program imports "newsroom-openapi"; here it is the file generated just now.
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tests/contract/client/tsconfig.json'),
      compilerOptions: { paths: { 'newsroom-openapi': ['./openapi.d.ts'] } },
    }),
  )
  const generateThenCheck = async () => {
    // Default options: only where to read, where to write and which Redocly config to lint with.
    generated = await run(process.execPath, [
      openapiTypescript,
      document,
      '--redocly',
      'redocly.yaml',
      '-o',
      join(folder, 'openapi.d.ts'),
    ])
    if (generated.code !== 0) return
    typeCheck = await run(bin('tsc'), ['--noEmit', '--pretty', 'false', '-p', join(folder, 'tsconfig.json')])
  }
  ;[spectral, redocly] = await Promise.all([
    run(bin('spectral'), ['lint', document, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']),
    run(bin('redocly'), ['lint', document, '--config', 'redocly.yaml', '--format', 'json']),
    generateThenCheck(),
  ])
}, 120_000)

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('Spectral (spectral:oas) on docs/openapi.json', () => {
  it('finds no error', () => {
    expect(withSeverity(spectralFindings(spectral), 'error')).toEqual([])
  })

  it('finds no warning that .spectral.yaml does not justify', () => {
    expect(withSeverity(spectralFindings(spectral), 'warning')).toEqual([])
  })
})

describe('Redocly (recommended) on docs/openapi.json', () => {
  it('finds no error', () => {
    expect(withSeverity(redoclyFindings(redocly), 'error')).toEqual([])
  })

  it('finds no warning that redocly.yaml does not justify', () => {
    expect(withSeverity(redoclyFindings(redocly), 'warning')).toEqual([])
  })
})

describe('a client generated by openapi-typescript (default options)', () => {
  it('is generated from docs/openapi.json', () => {
    expect(printed(generated)).toMatch(/^exit 0\b/)
    expect(readFileSync(join(folder, 'openapi.d.ts'), 'utf8')).toContain('export interface paths')
  })

  it('compiles, and tests/contract/client/program.ts type-checks against it', () => {
    const errors = `${typeCheck?.stdout ?? ''}${typeCheck?.stderr ?? ''}`
      .split('\n')
      .filter((line) => line.trim() !== '')
    expect(errors).toEqual([])
    expect(typeCheck?.code).toBe(0)
  })
})
