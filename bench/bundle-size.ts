import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; isEntry?: boolean }
type Manifest = Record<string, ManifestChunk>

export type FirstLoad = { js: number; css: number; files: string[] }

/**
 * The gzip size of what a first visit to a route downloads: the entry, the route chunks
 * the router loads for it (split by the router plugin), and everything they import
 * statically. Lazy imports (the rich-text editor, the charts) are left out on purpose.
 */
/** The entries of each measured route's first load: the signed-in layout, then the page's own chunk. */
export const routeEntries = {
  releases: [
    'src/routes/_authenticated.tsx?tsr-split=component',
    'src/routes/_authenticated/releases/index.tsx?tsr-split=component',
  ],
  editor: [
    'src/routes/_authenticated.tsx?tsr-split=component',
    'src/routes/_authenticated/releases/$id.edit.tsx?tsr-split=component',
  ],
}

export function firstLoad(outDir: string, routeKeys: string[]): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`No chunk "${key}" in ${outDir}'s manifest`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of ['index.html', ...routeKeys]) visit(key)
  const files = new Set<string>()
  for (const key of seen) {
    const chunk = manifest[key]!
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
  }
  let js = 0
  let css = 0
  for (const file of files) {
    const size = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
    if (file.endsWith('.css')) css += size
    else if (file.endsWith('.js')) js += size
  }
  return { js, css, files: [...files].toSorted() }
}

/** The manifest keys (source modules loaded lazily) matching `pattern` whose chunk a first load includes. */
export function lazyModulesIn(outDir: string, load: FirstLoad, pattern: RegExp): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  return Object.entries(manifest)
    .filter(([key, chunk]) => pattern.test(key) && load.files.includes(chunk.file))
    .map(([key]) => key)
}
