// The peers' side of `npm run bench`: installs, checks and builds the anchor apps of
// bench/anchors (their own npm project, bench/README.md) and writes the releases they show.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generateSeedReleases } from '../mocks/seed/generate-releases'
import { seedPressRelease } from '../mocks/seed/press-release'

export const anchorsDir = 'bench/anchors'
export type Anchor = 'react-admin' | 'bare'

/** `npm ci` in bench/anchors when its node_modules is missing or older than its lock file. */
export function ensureAnchorsInstalled() {
  const lock = join(anchorsDir, 'package-lock.json')
  // npm writes node_modules/.package-lock.json on every install: its age is the install's.
  const installed = join(anchorsDir, 'node_modules/.package-lock.json')
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return
  console.info('installing the anchors (npm ci in bench/anchors)…')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: anchorsDir, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The anchors' type check, with their own tsconfig and TypeScript (the root tsc leaves them out). */
export function typecheckAnchors() {
  console.info('type-checking the anchors…')
  execFileSync('npx', ['tsc', '-p', '.', '--noEmit'], { cwd: anchorsDir, stdio: 'inherit' })
}

/**
 * The releases the anchors show, as the project's demo seeds them: the same generator,
 * count and seed (mocks/collections.ts: the source page's release, then `count` generated
 * ones), reduced to the fields the anchors' screens use.
 */
export function writeAnchorReleases(path: string, count: number) {
  const releases = [seedPressRelease, ...generateSeedReleases(count).releases].map((release) => ({
    id: release.id,
    title: release.title,
    summary: release.summary,
    status: release.status,
    date: release.dateline.date,
    updatedAt: release.updatedAt,
  }))
  mkdirSync(resolve(path, '..'), { recursive: true })
  writeFileSync(path, JSON.stringify(releases))
  return releases.length
}

/** Builds one anchor into `outDir` with a manifest, and puts the releases beside it as /releases.json. */
export function buildAnchor(anchor: Anchor, outDir: string, releasesJson: string) {
  console.info(`building the ${anchor} anchor into ${outDir}…`)
  execFileSync(
    'npx',
    ['vite', 'build', anchor, '--config', 'vite.config.ts', '--outDir', resolve(outDir), '--manifest', '--emptyOutDir'],
    { cwd: anchorsDir, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  copyFileSync(releasesJson, join(outDir, 'releases.json'))
}

/** The command that serves a built anchor (the anchors' own Vite, from their folder). */
export const anchorPreview = (anchor: Anchor, outDir: string, port: number) => ({
  command: 'npx',
  args: ['vite', 'preview', anchor, '--config', 'vite.config.ts', '--outDir', resolve(outDir), '--port', String(port)],
  cwd: anchorsDir,
})
