import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isApiError } from '../../api/api-error'

const describe = (error: unknown): string => {
  if (!isApiError(error)) return 'Something went wrong.'
  if (error.status === 403) return `You are not allowed to change this release. ${error.detail ?? ''}`.trim()
  return error.detail ?? error.title
}

/**
 * A save that failed (server error, no connection, refusal). What was typed stays in the
 * form; the Retry button sits beside Save, in the save status.
 */
export function SaveFailedAlert({ error }: { error: unknown }) {
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Your changes were not saved">
      <Text size="sm">{describe(error)} Everything you typed is still here: use Retry beside Save to try again.</Text>
    </Alert>
  )
}
