import { Group } from '@mantine/core'
import type { State } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { stateKindLabel } from '../../lib/state-kind'

/** The table's columns; admins get an Actions column (Edit, Delete). */
export function stateColumns(actions: ((state: State) => React.ReactNode) | null): Column<State>[] {
  const columns: Column<State>[] = [
    { key: 'name', header: 'Name', rowHeader: true, cell: (state) => state.name },
    { key: 'kind', header: 'Kind', cell: (state) => stateKindLabel(state.kind) },
    { key: 'iso2', header: 'ISO 3166 code', cell: (state) => state.iso2 },
    { key: 'capital', header: 'Capital', cell: (state) => state.capital ?? '—' },
  ]
  if (actions)
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (state) => (
        <Group gap={4} wrap="nowrap">
          {actions(state)}
        </Group>
      ),
    })
  return columns
}
