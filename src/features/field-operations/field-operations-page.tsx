import { Badge, NativeSelect, Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type FieldOperation, operationStatuses } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'

const route = getRouteApi('/_authenticated/field-operations')

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

const columns: Column<FieldOperation>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (operation) => operation.name },
  { key: 'type', header: 'Type', cell: (operation) => capitalize(operation.type) },
  { key: 'location', header: 'Location', cell: (operation) => operation.location },
  { key: 'hostState', header: 'Host State', cell: (operation) => operation.hostState?.name ?? '—' },
  { key: 'head', header: 'Head of operation', cell: (operation) => operation.head ?? '—' },
  { key: 'opened', header: 'Opened', cell: (operation) => operation.opened },
  {
    key: 'status',
    header: 'Status',
    cell: (operation) => (
      <Badge color={operation.status === 'active' ? 'green' : 'gray'} variant="dot" style={{ minWidth: 'max-content' }}>
        {capitalize(operation.status)}
      </Badge>
    ),
  },
  { key: 'closed', header: 'Closed', cell: (operation) => operation.closed ?? '—' },
]

const isStatus = (value: string): value is (typeof operationStatuses)[number] => operationStatuses.some((status) => status === value)

export function FieldOperationsPage() {
  const { status } = route.useSearch()
  const navigate = route.useNavigate()
  const { data } = useSuspenseQuery(fieldOperationQueries.list({ status }))

  return (
    <Stack gap="sm">
      <PageHeader
        title="Field operations"
        description="OSCE missions, offices and centres in the field, active and closed."
        actions={
          <NativeSelect
            label="Status"
            value={status ?? ''}
            data={[
              { value: '', label: 'Active and closed' },
              { value: 'active', label: 'Active' },
              { value: 'closed', label: 'Closed' },
            ]}
            onChange={(event) => {
              const value = event.currentTarget.value
              void navigate({ search: { status: isStatus(value) ? value : undefined } })
            }}
          />
        }
      />
      <DataTable
        caption={`Field operations (${data.total})`}
        columns={columns}
        rows={data.items}
        getRowKey={(operation) => operation.id}
        empty={<EmptyState title="No field operations" />}
      />
    </Stack>
  )
}
