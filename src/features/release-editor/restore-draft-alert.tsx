import { Alert, Button, Group } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import type { Offer } from './use-local-copy'
import { dayAndTime } from './when'

type Props = { offer: Offer; onRestore: () => void; onDiscard: () => void }

/**
 * Offers back what was typed and not saved before a reload, a crash or leaving; a new
 * release left in a tab that is closed now is named by its title, as there may be several.
 */
export function RestoreDraftAlert({ offer, onRestore, onDiscard }: Props) {
  const when = dayAndTime(new Date(offer.copy.savedAt))
  const title = offer.fromAnotherTab
    ? `Restore your unsaved new release “${offer.copy.values.title.trim() || 'Untitled'}” from ${when}?`
    : `Restore your unsaved changes from ${when}?`
  return (
    <Alert color="blue" variant="light" icon={<IconRestore aria-hidden />} title={title}>
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
