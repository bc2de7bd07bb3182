import { Button } from '@mantine/core'

type Props = { action: string; name: string; onClick: () => void }

/** A small button in a table row; its accessible name says which row: "Edit Albania". */
export function RowActionButton({ action, name, onClick }: Props) {
  return (
    <Button size="compact-sm" variant="subtle" onClick={onClick} aria-label={`${action} ${name}`}>
      {action}
    </Button>
  )
}
