import { Button } from '@mantine/core'

type Props = { action: string; name: string; onClick: () => void; label?: string }

/**
 * A small button in a table row. Its accessible name says which row ("Edit Albania"); a
 * shorter visible `label` must be the start of `action` (the name contains what is seen).
 */
export function RowActionButton({ action, name, onClick, label = action }: Props) {
  return (
    <Button size="compact-sm" variant="subtle" onClick={onClick} aria-label={`${action} ${name}`}>
      {label}
    </Button>
  )
}
