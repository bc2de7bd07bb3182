import { Badge, Box, Stack, VisuallyHidden } from '@mantine/core'
import { useAuth } from '../../lib/auth/use-auth'
import { NavLinkLink } from '../router-links'
import { pagesFor } from './app-pages'
import { ResetDemoDataButton } from './reset-demo-data-button'
import { useUnreadCount } from './use-unread-count'

type Props = { onNavigate?: () => void }

export function AppNavbar({ onNavigate }: Props) {
  const { user } = useAuth()
  const unread = useUnreadCount()
  return (
    <>
      <Box style={{ flexGrow: 1 }}>
        <Stack gap={2}>
          {(user ? pagesFor(user.role) : []).map(({ to, label, icon: Icon, exact }) => (
            <NavLinkLink
              key={to}
              to={to}
              label={
                to === '/inbox' && unread > 0 ? (
                  <>
                    {label}
                    <VisuallyHidden component="span">, {unread} unread</VisuallyHidden>
                  </>
                ) : (
                  label
                )
              }
              leftSection={<Icon size={18} stroke={1.5} aria-hidden />}
              rightSection={
                to === '/inbox' && unread > 0 ? (
                  // The name says it in words ("Inbox, 3 unread"); the badge shows it.
                  <Badge size="sm" color="red" circle={unread < 10} aria-hidden>
                    {unread}
                  </Badge>
                ) : undefined
              }
              activeOptions={{ exact, includeSearch: false }}
              activeProps={{ active: true }}
              onClick={onNavigate}
            />
          ))}
        </Stack>
      </Box>
      {import.meta.env.VITE_MOCKING === 'on' ? (
        <Box pt="xs">
          <ResetDemoDataButton />
        </Box>
      ) : null}
    </>
  )
}
