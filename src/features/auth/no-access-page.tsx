import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { useSignOut } from '../../lib/auth/use-sign-out'

/**
 * What a person signed in at the identity provider sees when none of their groups gives them a
 * role here: not an empty app, but what is missing and who can give it.
 */
export function NoAccessPage() {
  const signOut = useSignOut()
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack w="100%" maw={560} align="flex-start">
        <Title order={1}>No access to Newsroom admin</Title>
        <Text>
          You are signed in, but your account has none of the newsroom’s roles: editor, reviewer or admin. Ask the
          person who manages your organisation’s accounts to give you one, then sign in again.
        </Text>
        <Button variant="default" onClick={() => void signOut()}>
          Sign out
        </Button>
      </Stack>
    </Center>
  )
}
