import { Button, Group, NativeSelect, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type State, stateKinds } from '../../api/contract'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { deleteState, stateQueries } from '../../api/states'
import { DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { DeleteRecordButton } from '../../components/form/delete-record-button'
import { RowActionButton } from '../../components/form/row-action-button'
import { SearchField } from '../../components/form/search-field'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { useFormDialog } from '../../components/form/use-form-dialog'
import { PageHeader } from '../../components/page-header'
import { stateColumns } from './state-columns'
import { StateDeleteImpact } from './state-delete-impact'
import { StateForm } from './state-form'
import { isStateKind, stateKindPlural } from '../../lib/state-kind'

const route = getRouteApi('/_authenticated/states')

export function StatesPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(stateQueries.list(search))
  const canManage = useCanManageReference()
  const { dialog, open, close } = useFormDialog<State>()

  const actions = (state: State) => (
    <>
      <RowActionButton action="Edit" name={state.name} onClick={() => open(state)} />
      <DeleteRecordButton
        name={state.name}
        remove={() => deleteState(state.id)}
        onDeleted={() => refreshAfterReferenceWrite(queryClient, stateQueries, { before: state, after: null })}
        impact={<StateDeleteImpact state={state} />}
      />
    </>
  )

  return (
    <Stack gap="sm">
      <PageHeader
        title="Participating States and Partners"
        description="The 57 participating States of the OSCE and its Asian and Mediterranean Partners for Co-operation."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              New State or Partner
            </Button>
          ) : null
        }
      />
      <Group align="flex-end" gap="md">
        <SearchField
          value={search.q ?? ''}
          placeholder="Name or ISO code"
          onSearch={(q) => void navigate({ search: (previous) => ({ ...previous, q: q || undefined }) })}
        />
        <NativeSelect
          label="Kind"
          value={search.kind ?? ''}
          data={[
            { value: '', label: 'All kinds' },
            ...stateKinds.map((value) => ({ value, label: stateKindPlural(value) })),
          ]}
          onChange={(event) => {
            const value = event.currentTarget.value
            void navigate({ search: (previous) => ({ ...previous, kind: isStateKind(value) ? value : undefined }) })
          }}
        />
      </Group>
      <DataTable
        caption={`${search.kind ? stateKindPlural(search.kind) : 'Participating States and Partners'} (${data.total})`}
        columns={stateColumns(canManage ? actions : null)}
        rows={data.items}
        getRowKey={(state) => state.id}
        empty={<EmptyState title={search.q ? `Nothing matches “${search.q}”` : 'None of this kind'} />}
      />
      {dialog ? <StateForm key={dialog.key} state={dialog.record} opened={dialog.opened} onClose={close} /> : null}
    </Stack>
  )
}
