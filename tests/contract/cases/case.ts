/** One named scenario of an operation: it sends requests and fails with what differs. */
export type Case = { name: string; run: () => Promise<void> }
/** Cases by operation ("GET /releases/{id}"). */
export type Cases = Record<string, Case[]>

export const signedInRoles = ['editor', 'otherEditor', 'reviewer', 'admin'] as const

/** Merges case lists by operation. */
export function merge(...lists: Cases[]): Cases {
  const merged: Cases = {}
  for (const list of lists)
    for (const [key, cases] of Object.entries(list)) merged[key] = [...(merged[key] ?? []), ...cases]
  return merged
}
