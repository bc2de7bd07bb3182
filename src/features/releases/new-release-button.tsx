import { IconPlus } from '@tabler/icons-react'
import { ButtonLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'

/** Editors and admins write releases; reviewers only review them (the API answers them 403). */
export function NewReleaseButton() {
  const { user } = useAuth()
  if (user?.role !== 'editor' && user?.role !== 'admin') return null
  return (
    <ButtonLink to="/releases/new" leftSection={<IconPlus size={16} aria-hidden />}>
      New release
    </ButtonLink>
  )
}
