import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isApiError, isNoAnswer } from '../api/api-error'
import { describeProblem, type ProblemMessage } from '../api/problem-message'

type Props = {
  error: unknown
  onRetry: () => void
  title?: string
}

const describe = (error: unknown): string => {
  if (isApiError(error)) {
    if (error.status === 403) return 'You are not allowed to see this.'
    if (error.status === 404) return 'It does not exist, or it was deleted.'
    return error.detail ? `${error.title}: ${error.detail}` : error.title
  }
  return error instanceof Error ? error.message : 'Something went wrong.'
}

/**
 * When the API did not answer at all, that is the news, whatever the screen was loading: the
 * one wording (describeProblem) says so, and says whether Try again or only a reload can help.
 */
const unanswered = (error: unknown): ProblemMessage | undefined =>
  isNoAnswer(error) || (isApiError(error) && error.notFromApi) ? describeProblem(error) : undefined

/** A failed load, said plainly, with a way to try again. */
export function ErrorView({ error, onRetry, title = 'This could not be loaded' }: Props) {
  const problem = unanswered(error)
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={problem?.title ?? title}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{problem?.message ?? describe(error)}</Text>
        {problem?.reload ? (
          <Button variant="default" size="xs" onClick={() => window.location.reload()}>
            Reload
          </Button>
        ) : (
          <Button variant="default" size="xs" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
