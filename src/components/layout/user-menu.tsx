import { Badge, Box, Button, Group, Text, VisuallyHidden } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import { useAuth } from '../../lib/auth/use-auth'
import { useSignOut } from '../../lib/auth/use-sign-out'

/** Who is signed in (the name from small screens up, the role always) and the way out. */
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
        px={8}
        aria-label="Sign out"
        leftSection={<IconLogout size={14} aria-hidden />}
        styles={{ section: { marginInlineEnd: 0 } }}
        onClick={() => void signOut()}
      >
        <Box component="span" visibleFrom="sm" ml={6}>
          Sign out
        </Box>
      </Button>
    </Group>
  )
}
