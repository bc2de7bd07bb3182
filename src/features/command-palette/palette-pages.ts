import type { Role } from '../../api/contract'

/** The pages the palette jumps to; the review queue only for those who review. */
export const palettePages = [
  { to: '/', label: 'Dashboard' },
  { to: '/releases', label: 'Releases' },
  { to: '/review', label: 'Review queue', roles: ['reviewer', 'admin'] as readonly Role[] },
  { to: '/inbox', label: 'Inbox' },
  { to: '/states', label: 'Participating States' },
  { to: '/chairpersonships', label: 'Chairpersonship' },
  { to: '/field-operations', label: 'Field operations' },
  { to: '/fields-of-work', label: 'Fields of work' },
  { to: '/reports', label: 'Reports' },
] as const satisfies ReadonlyArray<{ to: string; label: string; roles?: readonly Role[] }>

export const pagesFor = (role: Role) => palettePages.filter((page) => !('roles' in page) || page.roles.includes(role))

/** Who may start a release (the API answers 403 to anybody else). */
export const canCreateRelease = (role: Role) => role === 'editor' || role === 'admin'

/** Case- and accent-insensitive "contains", so "markovic" finds "Marković". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
export const matches = (text: string, query: string) => fold(text).includes(fold(query.trim()))
