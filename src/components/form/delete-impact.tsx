type Props = {
  /** What uses it ("12 releases", "the chairpersonship of 2020"); undefined while it is being counted. */
  uses: string[] | undefined
}

/** "A, B and C". */
export const joined = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`

/**
 * Said in a delete dialog before the click: what uses the record, counted as the server counts
 * it (the server refuses, 409, to delete what is in use, in the same words).
 */
export function DeleteImpact({ uses }: Props) {
  if (!uses) return <> Checking what uses it…</>
  if (uses.length === 0) return <> No release or record uses it.</>
  return <> It cannot be deleted now: it is used by {joined(uses)}. Remove those references first.</>
}

/** "3 releases", "1 release". */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** How many releases a per-status count holds in all. */
export const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0)
