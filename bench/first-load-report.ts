// `npx tsx bench/first-load-report.ts [releases|editor] [top]`: what a route's first load
// (mocking off) holds. Builds the production app into bench/tmp/analyze with a small plugin
// that records every chunk's modules and their rendered size, then prints, for the chunks
// the route's first load downloads (see bundle-size.ts), the bytes per package and the
// largest modules, plus the CSS files. Rendered bytes are before gzip; the gzip column
// shares each chunk's gzip size among its modules in proportion to their rendered bytes.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'vite'
import { firstLoad, routeEntries } from './bundle-size'

const outDir = 'bench/tmp/analyze'
const route = process.argv[2] ?? 'releases'
const top = Number(process.argv[3] ?? 40)
// `--why <text>`: the chain of static imports from the entry to each first-load module whose id contains <text>.
const whyAt = process.argv.indexOf('--why')
const why = whyAt > 0 ? process.argv[whyAt + 1] : undefined

const modulesByFile = new Map<string, Array<{ id: string; bytes: number }>>()
const staticImports = new Map<string, readonly string[]>()
const recorder: Plugin = {
  name: 'record-chunk-modules',
  generateBundle(_options, bundle) {
    for (const id of this.getModuleIds()) staticImports.set(id, this.getModuleInfo(id)?.importedIds ?? [])
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue
      modulesByFile.set(
        output.fileName,
        Object.entries(output.modules).map(([id, module]) => ({ id, bytes: module.renderedLength })),
      )
    }
  },
}

await build({
  mode: 'production',
  logLevel: 'warn',
  plugins: [recorder],
  build: { outDir, manifest: true, emptyOutDir: true },
})

const load = firstLoad(outDir, routeEntries[route as keyof typeof routeEntries] ?? [])
const cwd = process.cwd()
const packageOf = (id: string) => {
  const path = relative(cwd, id.replace(/\0/g, '').replace(/\?.*$/, ''))
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  return match ? match[1]! : path.split('/').slice(0, 2).join('/')
}
const kB = (bytes: number) => (bytes / 1024).toFixed(1)

const byPackage = new Map<string, { raw: number; gzip: number }>()
const modules: Array<{ id: string; raw: number; gzip: number; file: string }> = []
let totalGzip = 0
for (const file of load.files.filter((name) => name.endsWith('.js'))) {
  const gzip = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
  totalGzip += gzip
  const parts = modulesByFile.get(file) ?? []
  const raw = parts.reduce((sum, part) => sum + part.bytes, 0) || 1
  for (const part of parts) {
    const share = (gzip * part.bytes) / raw
    const key = packageOf(part.id)
    const entry = byPackage.get(key) ?? { raw: 0, gzip: 0 }
    entry.raw += part.bytes
    entry.gzip += share
    byPackage.set(key, entry)
    modules.push({ id: relative(cwd, part.id.replace(/\0/g, '')), raw: part.bytes, gzip: share, file })
  }
}

console.info(
  `\n/${route} first load, mocking off: ${kB(totalGzip)} kB gzip JS in ${load.files.filter((name) => name.endsWith('.js')).length} files\n`,
)
console.info('package / folder                                   raw kB   ~gzip kB')
for (const [name, size] of [...byPackage].toSorted((a, b) => b[1].gzip - a[1].gzip)) {
  console.info(`${name.padEnd(50)} ${kB(size.raw).padStart(7)} ${kB(size.gzip).padStart(9)}`)
}
console.info(`\nlargest ${top} modules`)
for (const module of modules.toSorted((a, b) => b.raw - a.raw).slice(0, top)) {
  console.info(`${kB(module.raw).padStart(7)} ${kB(module.gzip).padStart(7)}  ${module.id}  (${module.file})`)
}
console.info('\nCSS files')
for (const file of load.files.filter((name) => name.endsWith('.css'))) {
  console.info(`${kB(gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length).padStart(7)}  ${file}`)
}

if (why) {
  const inLoad = new Set(modules.map((module) => module.id))
  const entry = [...staticImports.keys()].find((id) => id.endsWith('/src/main.tsx'))!
  const previous = new Map<string, string | null>([[entry, null]])
  const queue = [entry]
  for (const id of queue) {
    for (const next of staticImports.get(id) ?? []) {
      if (previous.has(next)) continue
      previous.set(next, id)
      queue.push(next)
    }
  }
  console.info(`\nwhy: static import chains from src/main.tsx to first-load modules matching "${why}"`)
  for (const id of previous.keys()) {
    if (!id.includes(why) || !inLoad.has(relative(cwd, id.replace(/\0/g, '')))) continue
    const chain: string[] = []
    for (let at: string | null | undefined = id; at; at = previous.get(at)) chain.unshift(relative(cwd, at))
    console.info(`- ${chain.join('\n    → ')}`)
  }
}
