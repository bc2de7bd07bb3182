import '@mantine/core/styles/Card.css'
import { Badge, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { roles, type User } from '../../api/contract'
import { createSession, sessionQueries, userQueries } from '../../api/session'
import { ErrorView } from '../../components/error-view'
import { landingPath } from './landing'
import { safeRedirect } from './safe-redirect'
import { useAuth } from '../../lib/auth/use-auth'

/**
 * The demo's sign-in (no identity provider configured): choose one of the seeded people; each has
 * one role. Anyone who reaches it may be anyone, which is why a deployment names a provider.
 */
export function DemoSignIn({ redirect }: { redirect: string | undefined }) {
  const { auth } = useAuth()
  const router = useRouter()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(userQueries.list())
  const signIn = useMutation({
    mutationFn: (user: User) => createSession({ userId: user.id }),
    onSuccess: async (session) => {
      queryClient.clear()
      // The server's answer names the person: no need to ask GET /session again at once.
      queryClient.setQueryData(sessionQueries.current().queryKey, { user: session.user })
      auth.signIn(session)
      await router.navigate({ href: safeRedirect(redirect, landingPath(session.user.role)), replace: true })
    },
  })
  const users = data.items.toSorted((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role))

  return (
    <Center component="main" mih="100vh" p="md">
      <Stack w="100%" maw={560}>
        <Title order={1}>Sign in to Newsroom admin</Title>
        <Text c="dimmed">
          This is a demo: choose who you are. Each person has one role: editors write, reviewers approve, admins manage.
        </Text>
        {signIn.isError ? (
          <ErrorView
            title="Signing in failed"
            error={signIn.error}
            onRetry={() => signIn.variables && signIn.mutate(signIn.variables)}
          />
        ) : null}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="People">
          {users.map((user) => (
            <Card component="li" key={user.id} withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{user.name}</Text>
                    <Badge variant="outline" size="sm">
                      {user.role}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {user.title}
                  </Text>
                </Stack>
                <Button
                  aria-label={`Sign in as ${user.name}`}
                  loading={signIn.isPending && signIn.variables?.id === user.id}
                  disabled={signIn.isPending}
                  onClick={() => signIn.mutate(user)}
                >
                  Sign in
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      </Stack>
    </Center>
  )
}
