import { Stack, Text, Title } from '@mantine/core'
import { ButtonLink } from '../../components/router-links'

/** A release id the API does not know: a plain answer, not a failed load to retry. */
export function ReleaseNotFound() {
  return (
    <Stack align="flex-start" gap="sm" p="md">
      <Title order={1}>Release not found</Title>
      <Text>This release does not exist or was deleted.</Text>
      <ButtonLink to="/releases">Go to the releases</ButtonLink>
    </Stack>
  )
}
