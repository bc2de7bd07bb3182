import { type Release, type User, whyNot } from '../../api/contract'

/**
 * Why `user` may not edit `release`, or null when they may. Whether they may is the API's
 * answer (`release.allowedActions`); the contract's `whyNot` only words the reason.
 */
export function whyNotEditable(user: Pick<User, 'id' | 'role'> | null, release: Release): string | null {
  if (release.allowedActions.includes('edit')) return null
  if (!user) return 'You are not signed in.'
  // The API's reason names its action (unschedule); here the button beside says it.
  if (release.allowedActions.includes('unschedule'))
    return 'It is scheduled for publication. To change it, return it to draft with “Return to draft”: that cancels its publication, and it then needs a new review.'
  return (
    whyNot('edit', user, {
      status: release.status,
      authorId: release.author.id,
      contentEditedById: release.contentEditedBy.id,
    })?.detail ?? 'It cannot be changed now.'
  )
}

/** Drafts and releases sent back for changes save themselves; others are saved on purpose only. */
export const autosaves = (release: Release | null): boolean =>
  release === null || release.status === 'draft' || release.status === 'changes-requested'
