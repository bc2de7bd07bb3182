import { Button, Group, Text } from '@mantine/core'
import { describeProblem } from '../../api/problem-message'
import type { SaveState } from './use-save-release'

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})
export const formatTime = (date: Date) => timeFormat.format(date)

/** "Saved at 14:02" today; "Saved on 26 June 2024 at 10:00" before. */
export const savedAt = (date: Date, now = new Date()) =>
  date.toDateString() === now.toDateString()
    ? `Saved at ${formatTime(date)}`
    : `Saved on ${dateTimeFormat.format(date)}`

type Props = { state: SaveState; isDirty: boolean; onRetry: () => void }

/** Says where the saving stands; read out politely by screen readers as it changes. */
export function SaveStatus({ state, isDirty, onRetry }: Props) {
  let content: React.ReactNode = null
  if (state.kind === 'saving') content = <Text size="sm">Saving…</Text>
  else if (state.kind === 'invalid')
    content = (
      <Text size="sm" c="var(--mantine-color-error)">
        Not saved — fix the highlighted fields
      </Text>
    )
  else if (state.kind === 'failed')
    content = (
      <Group gap={6}>
        {/* No answer: it may have been saved, so the status does not say it was not. */}
        <Text size="sm" c="var(--mantine-color-error)">
          {describeProblem(state.error).mayHaveHappened ? 'No connection —' : 'Not saved —'}
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={onRetry}>
          Retry
        </Button>
      </Group>
    )
  else if (state.kind === 'conflict')
    content = (
      <Text size="sm" c="var(--mantine-color-error)">
        Not saved — a newer version was saved first
      </Text>
    )
  else if (state.kind === 'saved' && !isDirty)
    content = (
      <Text size="sm" c="dimmed">
        {savedAt(state.at)}
      </Text>
    )
  else if (isDirty)
    content = (
      <Text size="sm" c="dimmed">
        Unsaved changes
      </Text>
    )

  return (
    <output aria-live="polite" style={{ minHeight: 28, display: 'flex', alignItems: 'center' }}>
      {content}
    </output>
  )
}
