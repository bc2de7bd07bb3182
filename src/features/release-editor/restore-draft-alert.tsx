import { Alert, Button, Group } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { formatTime } from './save-status'
import type { LocalDraft } from './use-local-draft'

type Props = { draft: LocalDraft; onRestore: () => void; onDiscard: () => void }

/** Offers back what was typed and not saved before a reload, a crash or leaving. */
export function RestoreDraftAlert({ draft, onRestore, onDiscard }: Props) {
  return (
    <Alert color="blue" variant="light" icon={<IconRestore aria-hidden />} title={`Restore your unsaved changes from ${formatTime(new Date(draft.savedAt))}?`}>
      <Group gap="xs" mt={4}>
        <Button size="xs" onClick={onRestore}>
          Restore
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard
        </Button>
      </Group>
    </Alert>
  )
}
