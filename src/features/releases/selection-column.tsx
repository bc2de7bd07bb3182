import { Checkbox } from '@mantine/core'
import type { ReleaseListItem } from '../../api/contract'
import type { Column } from '../../components/data-table'

type Props = {
  rows: readonly ReleaseListItem[]
  selected: ReadonlySet<string>
  onToggle: (index: number, shift: boolean) => void
  onToggleAll: () => void
}

/** The checkbox column of the releases table (admins only). Shift-click selects a range. */
export function selectionColumn({ rows, selected, onToggle, onToggleAll }: Props): Column<ReleaseListItem> {
  const count = rows.filter((row) => selected.has(row.id)).length
  const indexOf = new Map(rows.map((row, index) => [row.id, index]))
  return {
    key: 'select',
    header: (
      <Checkbox
        aria-label="Select all on this page"
        checked={rows.length > 0 && count === rows.length}
        indeterminate={count > 0 && count < rows.length}
        onChange={onToggleAll}
      />
    ),
    cell: (release) => (
      <Checkbox
        aria-label={`Select ${release.title}`}
        checked={selected.has(release.id)}
        // onClick carries shiftKey; onChange follows it and is left to React's controlled state.
        onChange={() => undefined}
        onClick={(event) => onToggle(indexOf.get(release.id) ?? -1, event.shiftKey)}
      />
    ),
  }
}
