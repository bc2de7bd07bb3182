import type { Release, User } from '../../api/contract'

/** The statuses in which an editor may still change a release they wrote. */
const editableByEditor: readonly Release['status'][] = ['draft', 'changes-requested']

/**
 * Whether `user` may open the editor for `release`. Mirrors the API's rule (a PATCH it
 * would refuse is a 403): editors change their own releases while draft or changes
 * requested; admins any release that is not published; reviewers none.
 */
export function canEditRelease(
  user: Pick<User, 'id' | 'role'> | null,
  release: Pick<Release, 'status'> & { author: { id: string } },
): boolean {
  if (!user) return false
  if (user.role === 'admin') return release.status !== 'published'
  if (user.role === 'editor') return release.author.id === user.id && editableByEditor.includes(release.status)
  return false
}
