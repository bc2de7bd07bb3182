import { AppShell, Badge, Stack, VisuallyHidden } from '@mantine/core'
import {
  IconBuildingCommunity,
  IconChartBar,
  IconCalendarStar,
  IconClipboardCheck,
  IconFlag,
  IconInbox,
  IconLayoutDashboard,
  IconListDetails,
  IconNews,
} from '@tabler/icons-react'
import type { Role } from '../../api/contract'
import { useAuth } from '../../lib/auth/use-auth'
import { NavLinkLink } from '../router-links'
import { ResetDemoDataButton } from './reset-demo-data-button'
import { useUnreadCount } from './use-unread-count'

const everyone: readonly Role[] = ['editor', 'reviewer', 'admin']

const items = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard, exact: true, roles: everyone },
  { to: '/inbox', label: 'Inbox', icon: IconInbox, exact: false, roles: everyone },
  {
    to: '/review',
    label: 'Review queue',
    icon: IconClipboardCheck,
    exact: false,
    roles: ['reviewer', 'admin'] as readonly Role[],
  },
  { to: '/releases', label: 'Releases', icon: IconNews, exact: false, roles: everyone },
  { to: '/states', label: 'Participating States', icon: IconFlag, exact: false, roles: everyone },
  { to: '/chairpersonships', label: 'Chairpersonship', icon: IconCalendarStar, exact: false, roles: everyone },
  { to: '/field-operations', label: 'Field operations', icon: IconBuildingCommunity, exact: false, roles: everyone },
  { to: '/fields-of-work', label: 'Fields of work', icon: IconListDetails, exact: false, roles: everyone },
  { to: '/reports', label: 'Reports', icon: IconChartBar, exact: false, roles: everyone },
] as const

type Props = { onNavigate?: () => void }

export function AppNavbar({ onNavigate }: Props) {
  const { user } = useAuth()
  const unread = useUnreadCount()
  return (
    <>
      <AppShell.Section grow>
        <Stack gap={2}>
          {items
            .filter(({ roles }) => user && roles.includes(user.role))
            .map(({ to, label, icon: Icon, exact }) => (
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
      </AppShell.Section>
      {import.meta.env.VITE_MOCKING === 'on' ? (
        <AppShell.Section pt="xs">
          <ResetDemoDataButton />
        </AppShell.Section>
      ) : null}
    </>
  )
}
