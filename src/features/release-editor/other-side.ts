import type { Release } from '../../api/contract'
import { formatDateTime } from '../../lib/format'

/** Who saved the version on the server, and when, as the editor names them. */
export type OtherSide = {
  /** The same signed-in person saved it, from another tab: their own words, not a stranger's. */
  you: boolean
  /** "you, in another tab, at 29 Nov 2026, 10:42" or "Claire Dubois at 29 Nov 2026, 10:42". */
  whoAndWhen: string
  /** Above their side of a field: "Theirs: your other tab" or "Theirs: Claire Dubois". */
  sideName: string
}

/**
 * Names the other side of a conflict or of a newer version: the person who made the server's
 * last editorial change (`updatedBy`) at `updatedAt`. This tab's own saves never come here (they
 * become the form's base), so the same person means another tab.
 */
export function otherSide(release: Release, signedInId: string | null): OtherSide {
  const you = release.updatedBy.id === signedInId
  const at = formatDateTime(release.updatedAt)
  return {
    you,
    whoAndWhen: you ? `you, in another tab, at ${at}` : `${release.updatedBy.name} at ${at}`,
    sideName: you ? 'Theirs: your other tab' : `Theirs: ${release.updatedBy.name}`,
  }
}
