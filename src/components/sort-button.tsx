import { UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'

type Props = {
  label: string
  direction: 'ascending' | 'descending' | 'none'
  onClick: () => void
}

/** A column header that sorts the table; the th carries aria-sort, the button says what a click does. */
export function SortButton({ label, direction, onClick }: Props) {
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort
  return (
    <UnstyledButton onClick={onClick} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      {label}
      <Icon size={14} aria-hidden />
    </UnstyledButton>
  )
}

/** Reads a sort param ("title", "-updatedAt") for one key. */
export function sortDirection(sort: string, key: string): Props['direction'] {
  if (sort === key) return 'ascending'
  if (sort === `-${key}`) return 'descending'
  return 'none'
}
