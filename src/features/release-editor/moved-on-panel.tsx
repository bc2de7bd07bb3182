import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { HistoryEntry } from '../../api/contract'
import { describeProblem } from '../../api/problem-message'
import { releaseHistoryQueries } from '../../api/release-history'
import { releaseStatusLabel } from '../../components/status-badge'
import type { ReleaseFormValues } from './form-values'
import { myText } from './my-text'
import type { MovedOn } from './moved-on'
import { atDayAndTime } from './when'

const verbs: Record<HistoryEntry['kind'], string | null> = {
  created: null,
  submit: 'submitted for review',
  recall: 'recalled from review',
  approve: 'approved',
  'request-changes': 'sent back for changes',
  withdraw: 'withdrawn',
  unschedule: 'returned to draft',
  reopen: 'reopened',
  published: 'published',
  assigned: null,
  // A reviewer's correction keeps it in review: it does not move a release on.
  'edited-in-review': null,
  // Nor does a reviewer's confirmation that a translation is still correct: its status stays.
  'confirm-translation': null,
}

/** "This release was submitted for review by Dana at 10:02 while you were typing", from its history. */
function useWhatHappened(movedOn: MovedOn): string {
  const release = movedOn.kind === 'moved' ? movedOn.release : null
  const history = useQuery({ ...releaseHistoryQueries.detail(release?.id ?? ''), enabled: release !== null })
  if (!release) return 'This release was deleted'
  const entry = history.data?.items.findLast((item) => item.to === release.status && verbs[item.kind] !== null)
  if (!entry) return `This release is now ${releaseStatusLabel(release.status)}: it changed while you were typing`
  const by = entry.actor ? ` by ${entry.actor.name}` : ''
  return `This release was ${verbs[entry.kind]}${by} ${atDayAndTime(new Date(entry.at))} while you were typing`
}

type Props = {
  movedOn: MovedOn
  /** The typed values, read when the person acts. */
  values: () => ReleaseFormValues
  onSaveAsNew: () => void
  saving: boolean
  saveError: unknown
}

/**
 * Says what happened to the release, while the typed text stays in the form below: it can be
 * copied, or saved as a new draft. Nothing typed is lost, nothing is written to the old release.
 */
export function MovedOnPanel({ movedOn, values, onSaveAsNew, saving, saveError }: Props) {
  const heading = useWhatHappened(movedOn)
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(myText(values()))
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  const problem = saveError ? describeProblem(saveError) : null

  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={heading}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">Your text is still here, not saved. Copy it, or save it as a new draft.</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => void copy()}>
            Copy my text
          </Button>
          <Button size="xs" loading={saving} onClick={onSaveAsNew}>
            Save as a new draft
          </Button>
          <Text component="output" size="sm" c={copied === 'failed' ? 'var(--mantine-color-error)' : 'dimmed'}>
            {copied === 'copied'
              ? 'Copied'
              : copied === 'failed'
                ? 'Could not copy: select the text below and copy it yourself.'
                : ''}
          </Text>
        </Group>
        {problem ? (
          <Text size="sm" c="var(--mantine-color-error)">
            Not saved as a new draft: {problem.title}. {problem.message}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  )
}
