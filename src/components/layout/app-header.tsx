import { Box, Burger, Group } from '@mantine/core'
import type { ReactNode } from 'react'
import { AnchorLink } from '../router-links'
import { ColorSchemeControl } from './color-scheme-control'
import { InboxLink } from './inbox-link'
import { UserMenu } from './user-menu'

type Props = { navOpened: boolean; onToggleNav: () => void; search: ReactNode }

export function AppHeader({ navOpened, onToggleNav, search }: Props) {
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          // On a phone the title gives way to the controls; the way to the navigation never does.
          style={{ flexShrink: 0 }}
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        {/* Below 576 px the controls leave the title a sliver ("N…"): it shows from there up. */}
        <AnchorLink
          to="/"
          fw={700}
          fz={{ base: 'md', sm: 'lg' }}
          c="inherit"
          underline="never"
          truncate
          visibleFrom="xs"
        >
          Newsroom admin
        </AnchorLink>
      </Group>
      <Group gap="xs" wrap="nowrap">
        {search}
        <InboxLink />
        {/* On a phone the scheme is chosen in the account menu (UserMenu). */}
        <Box visibleFrom="sm">
          <ColorSchemeControl />
        </Box>
        <UserMenu />
      </Group>
    </Group>
  )
}
