import type { Release, User } from '../../api/contract'

const editableByEditor: readonly Release['status'][] = ['draft', 'changes-requested']

/**
 * Why `user` may not edit `release`, or null when they may. Mirrors the API's rule; the
 * server still decides (a PATCH it refuses is a 403, shown as an error).
 */
export function whyNotEditable(user: Pick<User, 'id' | 'role'> | null, release: Release): string | null {
  if (!user) return 'you are not signed in.'
  if (user.role === 'admin') return release.status === 'published' ? 'it is published. Withdraw it first.' : null
  if (user.role !== 'editor') return 'only editors and admins change releases.'
  if (release.author.id !== user.id) return `it was written by ${release.author.name}; editors change only their own releases.`
  if (!editableByEditor.includes(release.status)) return 'editors change a release only while it is a draft or changes are requested.'
  return null
}

/** Drafts are deleted by their author or an admin. */
export const canDeleteDraft = (user: Pick<User, 'id' | 'role'> | null, release: Release): boolean =>
  release.status === 'draft' && !!user && (user.role === 'admin' || release.author.id === user.id)

/** Drafts and releases sent back for changes save themselves; others are saved on purpose only. */
export const autosaves = (release: Release | null): boolean =>
  release === null || release.status === 'draft' || release.status === 'changes-requested'
