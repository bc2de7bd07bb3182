import { useAuth } from '../../lib/auth/use-auth'

/**
 * Admins manage states, chairpersonships, field operations and fields of work; editors and
 * reviewers read them. The API enforces it (403); this only hides controls that would fail.
 */
export function useCanManageReference(): boolean {
  const { user } = useAuth()
  return user?.role === 'admin'
}
