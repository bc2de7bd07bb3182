import { AppShell, Stack } from '@mantine/core'
import { IconBuildingCommunity, IconCalendarStar, IconFlag, IconLayoutDashboard, IconListDetails, IconNews } from '@tabler/icons-react'
import { NavLinkLink } from '../router-links'
import { ResetDemoDataButton } from './reset-demo-data-button'

const items = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard, exact: true },
  { to: '/releases', label: 'Releases', icon: IconNews, exact: false },
  { to: '/states', label: 'Participating States', icon: IconFlag, exact: false },
  { to: '/chairpersonships', label: 'Chairpersonship', icon: IconCalendarStar, exact: false },
  { to: '/field-operations', label: 'Field operations', icon: IconBuildingCommunity, exact: false },
  { to: '/fields-of-work', label: 'Fields of work', icon: IconListDetails, exact: false },
] as const

type Props = { onNavigate?: () => void }

export function AppNavbar({ onNavigate }: Props) {
  return (
    <>
      <AppShell.Section grow>
        <Stack gap={2}>
          {items.map(({ to, label, icon: Icon, exact }) => (
            <NavLinkLink
              key={to}
              to={to}
              label={label}
              leftSection={<Icon size={18} stroke={1.5} aria-hidden />}
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
