import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { ErrorView } from '../../components/error-view'

/**
 * Sign-in through the organisation's identity provider (issue #17): the provider asks who the
 * person is and sends them back to the page they asked for. Its code loads on the press.
 */
export function ProviderSignIn({ redirect }: { redirect: string | undefined }) {
  const signIn = useMutation({
    mutationFn: async () => (await import('../../lib/auth/identity-provider')).signInWithProvider(redirect),
  })
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack w="100%" maw={560} align="flex-start">
        <Title order={1}>Sign in to Newsroom admin</Title>
        <Text c="dimmed">
          You sign in with your organisation’s account. Your role (editor, reviewer or admin) comes with it.
        </Text>
        {signIn.isError ? (
          <ErrorView title="The sign-in could not start" error={signIn.error} onRetry={() => signIn.mutate()} />
        ) : null}
        {/* The page leaves for the provider: the button stays busy until it has gone. */}
        <Button loading={signIn.isPending} onClick={() => signIn.mutate()}>
          Sign in with your organisation account
        </Button>
      </Stack>
    </Center>
  )
}
