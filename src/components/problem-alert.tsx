import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isApiError } from '../api/api-error'
import { describeProblem, isKeyAlreadyUsed, isRetryable } from '../api/problem-message'

type Props = {
  error: unknown
  /** What did not happen: "Your comment was not posted". */
  title: string
  /** Sends the same thing again; offered when trying again may help (no answer, a server failure). */
  onRetry?: () => void
  /** What the person keeps; said after what to do. */
  kept?: string
}

/** A failed write said plainly (what happened, what to do); what was typed stays in the form. */
export function ProblemAlert({ error, title, onRetry, kept = 'What you typed is still here.' }: Props) {
  const problem = describeProblem(error)
  const done = isKeyAlreadyUsed(error)
  // No answer: it may have gone through, so the title does not say it was not done. Retry
  // sends the same Idempotency-Key, so it never happens twice.
  const noAnswer = isApiError(error) && error.status === 0
  const unknown =
    noAnswer && onRetry ? ' If it went through before the connection dropped, Retry will not do it twice.' : ''
  return (
    <Alert
      color={done ? 'blue' : 'red'}
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={done || noAnswer ? problem.title : `${title}: ${problem.title}`}
    >
      <Text size="sm">
        {problem.message}
        {unknown} {kept}
      </Text>
      {onRetry && isRetryable(error) ? (
        <Group mt="xs">
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      ) : null}
    </Alert>
  )
}
