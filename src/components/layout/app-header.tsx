import { Burger, Group } from '@mantine/core'
import { AnchorLink } from '../router-links'
import { ColorSchemeControl } from './color-scheme-control'
import { ResetDemoDataButton } from './reset-demo-data-button'
import { UserMenu } from './user-menu'

type Props = { navOpened: boolean; onToggleNav: () => void }

export function AppHeader({ navOpened, onToggleNav }: Props) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <AnchorLink to="/" fw={700} size="lg" c="inherit" underline="never">
          Newsroom admin
        </AnchorLink>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {import.meta.env.VITE_MOCKING === 'on' ? <ResetDemoDataButton /> : null}
        <ColorSchemeControl />
        <UserMenu />
      </Group>
    </Group>
  )
}
