/** JSON data in one spelling: object keys in order, so that two equal values read alike. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

/** Whether two values are the same data, exactly: every character, case and space counts. */
export const sameData = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b)

/**
 * Whether `record`, found newer than the version an edit was sent from, is that edit itself,
 * applied while its answer was lost: exactly one write happened since (the version moved on by
 * one), and the record reads exactly what the edit sent.
 *
 * Exactly, not "the same as a person reads it" (trimmed, regardless of case): what is sent is
 * what the contract's schema made of what was typed, and the server parses with the same
 * schema and stores that, so our own write reads back exactly. A looser comparison would take
 * someone else's correction ("albania" made "Albania") for ours and hide it.
 */
export function isOurOwnWrite<TInput, TRecord extends { version: number }>(
  record: TRecord,
  sentFrom: number,
  input: TInput,
  asInput: (record: TRecord) => { [K in keyof TInput]?: unknown },
): boolean {
  if (record.version !== sentFrom + 1) return false
  const stored = asInput(record)
  return (Object.keys(input as object) as (keyof TInput)[]).every((key) => sameData(input[key], stored[key]))
}
