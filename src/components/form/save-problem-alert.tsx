import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { isApiError } from '../../api/api-error'
import type { SaveProblem } from './use-record-save'

const describe = (error: unknown): string => {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong.'
  if (error.status === 403) return 'Only admins change reference data.'
  return error.detail ?? error.title
}

type Props = { problem: SaveProblem | null; onRetry: () => void; onReload: () => void }

/** Why a save did not go through, with the way forward; what was typed is never touched here. */
export function SaveProblemAlert({ problem, onRetry, onReload }: Props) {
  if (!problem) return null
  if (problem.kind === 'reloaded') {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={`Version ${problem.version} loaded`}>
        <Text size="sm">
          {problem.summary ? `The saved record now reads: ${problem.summary}. ` : ''}
          What you typed is kept: Save applies it over that version, Cancel keeps theirs.
        </Text>
      </Alert>
    )
  }
  const stale = problem.kind === 'stale'
  return (
    <Alert color={stale ? 'orange' : 'red'} variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={stale ? 'Someone else changed this — reload' : 'Not saved'}>
      <Text size="sm">
        {stale
          ? 'It was saved by someone else after you opened it. Reload their version; what you typed stays here.'
          : `${describe(problem.error)} What you typed is still here.`}
      </Text>
      <Group mt="xs">
        {stale || problem.kind === 'reload-failed' ? (
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
