import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import { useAuth } from '../../features/auth/use-auth'
import { useSignOut } from '../../features/auth/use-sign-out'

export function UserMenu() {
  const { user } = useAuth()
  const signOut = useSignOut()
  if (!user) return null
  return (
    <Group gap="xs" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500} truncate maw={200}>
          <VisuallyHidden>Signed in as </VisuallyHidden>
          {user.name}
        </Text>
        <Badge variant="outline" size="sm">
          {user.role}
        </Badge>
      </Group>
      <Button variant="default" size="xs" leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void signOut()}>
        Sign out
      </Button>
    </Group>
  )
}
