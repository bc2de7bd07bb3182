import type { Role } from '../../api/contract'

/** Who may start a release (the API answers 403 to anybody else). */
export const canCreateRelease = (role: Role) => role === 'editor' || role === 'admin'

/** Case- and accent-insensitive "contains", so "markovic" finds "Marković". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
export const matches = (text: string, query: string) => fold(text).includes(fold(query.trim()))
