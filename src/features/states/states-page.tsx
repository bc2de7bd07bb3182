import { NativeSelect, Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type State, stateKinds } from '../../api/contract'
import { stateQueries } from '../../api/states'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'
import { isStateKind, stateKindLabel, stateKindPlural } from './state-kind'

const route = getRouteApi('/_authenticated/states')

const columns: Column<State>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (state) => state.name },
  { key: 'kind', header: 'Kind', cell: (state) => stateKindLabel(state.kind) },
  { key: 'iso2', header: 'ISO 3166 code', cell: (state) => state.iso2 },
]

export function StatesPage() {
  const { kind } = route.useSearch()
  const navigate = route.useNavigate()
  const { data } = useSuspenseQuery(stateQueries.list({ kind }))

  return (
    <Stack gap="sm">
      <PageHeader
        title="Participating States and Partners"
        description="The 57 participating States of the OSCE and its Asian and Mediterranean Partners for Co-operation."
        actions={
          <NativeSelect
            label="Kind"
            value={kind ?? ''}
            data={[{ value: '', label: 'All kinds' }, ...stateKinds.map((value) => ({ value, label: stateKindPlural(value) }))]}
            onChange={(event) => {
              const value = event.currentTarget.value
              void navigate({ search: { kind: isStateKind(value) ? value : undefined } })
            }}
          />
        }
      />
      <DataTable
        caption={`${kind ? stateKindPlural(kind) : 'Participating States and Partners'} (${data.total})`}
        columns={columns}
        rows={data.items}
        getRowKey={(state) => state.id}
        empty={<EmptyState title="None of this kind" />}
      />
    </Stack>
  )
}
