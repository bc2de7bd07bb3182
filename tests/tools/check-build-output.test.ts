import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

// The check CI runs on dist/ after `npm run build`, run here on small made-up builds.
const script = join(import.meta.dirname, 'check-build-output.mjs')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-output-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const check = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: 'utf8' })
const map = (sourcesContent: (string | null)[] | undefined) =>
  JSON.stringify({ version: 3, sources: ['a.ts'], mappings: '', sourcesContent })

describe('check-build-output', () => {
  it('passes a build without the worker, mock code or source text', () => {
    const result = check(
      fakeBuild({
        'index.html': '<script src="/assets/index.js"></script>',
        'assets/index.js': 'fetch("/api/releases")',
        'assets/index.js.map': map(undefined),
        'robots.txt': '',
      }),
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it.each([
    [
      'the MSW worker script',
      { 'mockServiceWorker.js': 'self.addEventListener("fetch", () => {})' },
      "mockServiceWorker.js: MSW's worker script",
    ],
    [
      'code that starts the worker',
      { 'assets/browser.js': 'worker.start({ serviceWorker: { url: "/mockServiceWorker.js" } })' },
      'assets/browser.js: mentions mockServiceWorker',
    ],
    [
      'a source map with the source text',
      { 'assets/index.js.map': map(['export const secret = 1']) },
      '1 source maps with the source text (sourcesContent): assets/index.js.map',
    ],
  ])('fails a build with %s, naming it', (_what, files, named) => {
    const result = check(fakeBuild({ 'index.html': '', ...files }))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(named)
  })
})
