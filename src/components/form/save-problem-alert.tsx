import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { isApiError } from '../../api/api-error'
import { describeProblem } from '../../api/problem-message'
import type { SaveProblem } from './use-record-save'

/** What happened and what to do, in the app's one wording (describeProblem); a 403 here is about reference data. */
export const describeSaveProblem = (error: unknown): { title: string; message: string } => {
  // Messages the form made itself (a 422 for fields it does not show) are already plain words.
  if (!isApiError(error) && error instanceof Error && error.message)
    return { title: 'Some fields need attention', message: error.message }
  const { title, message } = describeProblem(error)
  if (isApiError(error) && error.status === 403) return { title, message: 'Only admins change reference data.' }
  return { title, message }
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
  const reloadFailed = problem.kind === 'reload-failed'
  const { title, message } = describeSaveProblem(problem.error)
  // No answer: it may have been saved after all, so the title does not claim otherwise.
  const noAnswer = !reloadFailed && isApiError(problem.error) && problem.error.status === 0
  const heading = reloadFailed
    ? `Their version was not loaded: ${title}`
    : noAnswer
      ? `${title}: it may not have been saved`
      : `Not saved: ${title}`
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={heading}>
      <Text size="sm">
        {message}
        {noAnswer ? ' If it was saved before the connection dropped, Retry will not save it twice.' : ''} What you typed
        is still here.
      </Text>
      <Group mt="xs">
        {reloadFailed ? (
          <Button size="compact-sm" variant="default" onClick={onReload}>
            Reload
          </Button>
        ) : (
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  )
}
