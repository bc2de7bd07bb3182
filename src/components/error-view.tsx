import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isApiError } from '../api/api-error'

type Props = {
  error: unknown
  onRetry: () => void
  title?: string
}

const describe = (error: unknown): string => {
  if (isApiError(error)) {
    if (error.status === 0) return error.detail ?? error.title
    if (error.status === 403) return 'You are not allowed to see this.'
    if (error.status === 404) return 'It does not exist, or it was deleted.'
    return error.detail ? `${error.title}: ${error.detail}` : error.title
  }
  return error instanceof Error ? error.message : 'Something went wrong.'
}

/** A failed load, said plainly, with a way to try again. */
export function ErrorView({ error, onRetry, title = 'This could not be loaded' }: Props) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describe(error)}</Text>
        <Button variant="default" size="xs" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  )
}
