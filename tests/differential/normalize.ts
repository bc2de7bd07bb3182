/**
 * What may differ between the two sides' answers without either being wrong, made equal:
 * generated ids (history, notification and comment ids carry a process-wide counter; session
 * tokens are random) become `<kind>#<n>` by order of first appearance on each side. Instants are
 * left as they are: both sides run at the same frozen instant, so they must be equal, and
 * spelled alike ("…T10:00:00Z" and "…T10:00:00.000Z" are one instant, but a client comparing
 * strings would not think so). Everything else must be equal, down to the order of list items.
 */

/** Ids the core makes up as it goes (server/core/workflow/records.ts `newId`, routes/auth.ts `newToken`). */
const generatedId = /\b(history|notification|comment)-[0-9a-z]+-[0-9a-z]{6,}-[0-9a-f]{8}\b|\btoken-[0-9a-f-]{36}\b/g

/** One side's names for its generated ids, kept for a whole run of requests. */
export class Normalizer {
  private readonly canonicalOf = new Map<string, string>()
  private readonly rawOf = new Map<string, string>()
  private readonly counters = new Map<string, number>()

  /** The canonical name of a generated id, given at its first appearance. */
  private canonical(raw: string): string {
    let name = this.canonicalOf.get(raw)
    if (name === undefined) {
      const kind = raw.slice(0, raw.indexOf('-'))
      const n = (this.counters.get(kind) ?? 0) + 1
      this.counters.set(kind, n)
      name = `${kind}#${n}`
      this.canonicalOf.set(raw, name)
      this.rawOf.set(name, raw)
    }
    return name
  }

  text(value: string): string {
    return value.replace(generatedId, (raw) => this.canonical(raw))
  }

  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value)
    if (Array.isArray(value)) return value.map((item) => this.value(item))
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, this.value(field)]))
    return value
  }

  /** This side's own id for a canonical name (or the name itself, when it was not generated). */
  raw(name: string): string {
    return this.rawOf.get(name) ?? name
  }
}

/** Where two values first differ (a path such as `items[3].title`), or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const found = firstDifference(a[index], b[index], `${path}[${index}]`)
      if (found !== null) return found
    }
    return null
  }
  if (
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    for (const key of keys) {
      const left = a as Record<string, unknown>
      const right = b as Record<string, unknown>
      if (key in left !== key in right) return `${path}.${key} (present on one side only)`
      const found = firstDifference(left[key], right[key], `${path}.${key}`)
      if (found !== null) return found
    }
    return null
  }
  return path || '(the whole value)'
}

/** The value at a path that `firstDifference` answered, to print beside the other side's. */
export function valueAt(value: unknown, path: string): unknown {
  const steps = path.replace(/ \(present on one side only\)$/, '').match(/\.[^.[]+|\[\d+\]/g) ?? []
  let current: unknown = value
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined
    current = step.startsWith('[')
      ? (current as unknown[])[Number(step.slice(1, -1))]
      : (current as Record<string, unknown>)[step.slice(1)]
  }
  return current
}
