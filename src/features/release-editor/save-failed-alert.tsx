import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isApiError } from '../../api/api-error'
import { describeProblem, isRetryable } from '../../api/problem-message'

/**
 * A save that failed (server error, no connection, refusal): what happened and what to do.
 * What was typed stays in the form; the Retry button sits beside Save, in the save status.
 */
export function SaveFailedAlert({ error, creating }: { error: unknown; creating: boolean }) {
  const { title, message } = describeProblem(error)
  const noAnswer = isApiError(error) && error.status === 0
  const next = isRetryable(error)
    ? noAnswer && creating
      ? 'Use Retry beside Save: if the release was made before the connection dropped, Retry will not make it twice.'
      : 'Use Retry beside Save to try again.'
    : ''
  // No answer: they may have been saved after all, so the title does not claim otherwise.
  const heading = noAnswer ? `${title}: your changes may not have been saved` : `Your changes were not saved: ${title}`
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={heading}>
      <Text size="sm">
        {message} Everything you typed is still here. {next}
      </Text>
    </Alert>
  )
}
