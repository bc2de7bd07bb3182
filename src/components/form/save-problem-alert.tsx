import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { isApiError } from '../../api/api-error'
import type { ProblemMessage } from '../../api/problem-message'
import { ProblemAlert } from '../problem-alert'
import type { SaveProblem } from './use-save-problem'

/** What this form says in its own words: a 403 here is about reference data. */
const rewordFor =
  (error: unknown) =>
  (problem: ProblemMessage): ProblemMessage => {
    // Messages the form made itself (a 422 for fields it does not show) are already plain words.
    if (!isApiError(error) && error instanceof Error && error.message)
      return { ...problem, title: 'Some fields need attention', message: error.message }
    if (isApiError(error) && error.status === 403) return { ...problem, message: 'Only admins change reference data.' }
    return problem
  }

type Props = { problem: SaveProblem | null; onRetry: () => void; onReload: () => void }

/** Why a save did not go through, with the way forward; what was typed is never touched here. */
export function SaveProblemAlert({ problem, onRetry, onReload }: Props) {
  if (!problem) return null
  if (problem.kind === 'reloaded') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconInfoCircle aria-hidden />}
        title={`Version ${problem.version} loaded`}
      >
        <Text size="sm">
          {problem.summary ? `The saved record now reads: ${problem.summary}. ` : ''}
          What you typed is kept: Save applies it over that version, Cancel keeps theirs.
        </Text>
      </Alert>
    )
  }
  if (problem.kind === 'stale') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
        title="Someone else changed this — reload"
      >
        <Text size="sm">
          It was saved by someone else after you opened it. Reload their version; what you typed stays here.
        </Text>
        <Group mt="xs">
          <Button size="compact-sm" variant="default" onClick={onReload}>
            Reload
          </Button>
        </Group>
      </Alert>
    )
  }
  if (problem.kind === 'reload-failed') {
    return (
      <ProblemAlert
        error={problem.error}
        title="Their version was not loaded"
        reading
        reword={rewordFor(problem.error)}
        action={{ label: 'Reload', onClick: onReload }}
      />
    )
  }
  return (
    <ProblemAlert
      error={problem.error}
      title="Not saved"
      unsure="it may not have been saved"
      retryNote="If it was saved before the connection dropped, Retry will not save it twice."
      reword={rewordFor(problem.error)}
      // Offered after any failure: a create refused with a 409 is sent again with a new key.
      action={{ label: 'Retry', onClick: onRetry }}
    />
  )
}
