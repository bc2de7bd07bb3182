// Fails (exit 1) when a production build would publish what only the demo may: MSW's worker
// script, a reference to it (mock code), or a source map carrying the source text.
// Usage: node tests/tools/check-build-output.mjs [dir]   (default: dist; CI runs it after `npm run build`)
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const dir = process.argv[2] ?? 'dist'
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))

const problems = []
const mapsWithSource = []
for (const file of files) {
  const name = relative(dir, file)
  if (name.endsWith('mockServiceWorker.js')) {
    problems.push(`${name}: MSW's worker script`)
  } else if (name.endsWith('.map')) {
    const sources = JSON.parse(readFileSync(file, 'utf8')).sourcesContent ?? []
    if (sources.some((text) => text)) mapsWithSource.push(name)
  } else if (/\.(js|html)$/.test(name) && readFileSync(file, 'utf8').includes('mockServiceWorker')) {
    problems.push(`${name}: mentions mockServiceWorker (the mock backend is in the build)`)
  }
}

if (mapsWithSource.length > 0) {
  const shown = mapsWithSource.slice(0, 3).join(', ')
  problems.push(
    `${mapsWithSource.length} source maps with the source text (sourcesContent): ${shown}${mapsWithSource.length > 3 ? ', …' : ''}`,
  )
}

if (problems.length > 0) {
  console.error(
    `${dir} must not publish these (mocking is off in a production build):\n${problems.map((line) => `  ${line}`).join('\n')}`,
  )
  process.exit(1)
}
console.info(`${dir}: no mock worker, no mock code, no source text in source maps (${files.length} files checked)`)
