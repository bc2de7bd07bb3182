import '@mantine/core/styles/Menu.css'
import { ActionIcon, Badge, Box, Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core'
import { IconLogout, IconUserCircle } from '@tabler/icons-react'
import { useAuth } from '../../lib/auth/use-auth'
import { useSignOut } from '../../lib/auth/use-sign-out'
import { ColorSchemeMenuItems } from './color-scheme-control'

/**
 * Who is signed in and the way out. From the tablet width up the header shows the name and a
 * Sign out button; on a phone (where the name, the scheme's icons and Sign out did not fit
 * beside the search) one account menu holds the name, the color scheme and Sign out.
 */
export function UserMenu() {
  const { user } = useAuth()
  const signOut = useSignOut()
  if (!user) return null
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} truncate maw={220} visibleFrom="sm">
        <VisuallyHidden>Signed in as </VisuallyHidden>
        <bdi>{user.name}</bdi>
      </Text>
      <Badge variant="outline" size="sm" style={{ minWidth: 'max-content' }}>
        {user.role}
      </Badge>
      <Button
        variant="default"
        size="xs"
        visibleFrom="sm"
        leftSection={<IconLogout size={14} aria-hidden />}
        onClick={() => void signOut()}
      >
        Sign out
      </Button>
      <Box hiddenFrom="sm">
        <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label="Account">
              <IconUserCircle size={20} stroke={1.5} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>
              <VisuallyHidden>Signed in as </VisuallyHidden>
              <bdi>{user.name}</bdi>
            </Menu.Label>
            <Menu.Divider />
            <ColorSchemeMenuItems />
            <Menu.Divider />
            <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
              Sign out
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Box>
    </Group>
  )
}
