import { Stack, Text, Title } from '@mantine/core'
import { ButtonLink } from './router-links'

export function NotFoundView() {
  return (
    <Stack align="flex-start" gap="sm" p="md">
      <Title order={1}>Page not found</Title>
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <ButtonLink to="/">Go to the dashboard</ButtonLink>
    </Stack>
  )
}
