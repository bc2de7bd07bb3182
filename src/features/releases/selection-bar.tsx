import { Button, Group, Paper, Text } from '@mantine/core'
import type { AssignmentMode } from './assignment-dialog'

/** What to do with the selected rows; shown while any is selected. */
export function SelectionBar({
  count,
  onAction,
  onClear,
}: {
  count: number
  onAction: (mode: AssignmentMode) => void
  onClear: () => void
}) {
  return (
    <Paper component="section" withBorder px="md" py="xs" aria-label="Selected releases">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={500}>
          {count} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => onAction('add')}>
            Assign to field operations…
          </Button>
          <Button size="xs" variant="default" onClick={() => onAction('remove')}>
            Remove from field operations…
          </Button>
          <Button size="xs" variant="subtle" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
