import { Box, Button, NativeSelect, rem, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type FieldOperation, operationStatuses } from '../../api/contract'
import { deleteFieldOperation, fieldOperationQueries } from '../../api/field-operations'
import { DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { DeleteRecordButton } from '../../components/form/delete-record-button'
import { RowActionButton } from '../../components/form/row-action-button'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { PageHeader } from '../../components/page-header'
import { fieldOperationColumns } from './field-operation-columns'
import { refreshAfterOperationWrite } from './field-operation-write'
import { OperationDeleteImpact } from './operation-delete-impact'
import { OperationDialogs } from './operation-dialogs'
import { useOperationDialogs } from './use-operation-dialogs'

const route = getRouteApi('/_authenticated/field-operations/')

const isStatus = (value: string): value is (typeof operationStatuses)[number] =>
  operationStatuses.some((status) => status === value)

export function FieldOperationsPage() {
  const { status } = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(fieldOperationQueries.list({ status }))
  const canManage = useCanManageReference()
  const dialogs = useOperationDialogs()

  const actions = (operation: FieldOperation) => (
    <>
      <RowActionButton action="Edit" name={operation.name} onClick={() => dialogs.edit.open(operation)} />
      {/* Close and Reopen share one slot of fixed width, so Delete never moves into it. */}
      <Box w={rem(76)}>
        {operation.status === 'active' ? (
          <RowActionButton
            action="Close operation"
            label="Close"
            name={operation.name}
            onClick={() => dialogs.close.open(operation)}
          />
        ) : (
          <RowActionButton
            action="Reopen operation"
            label="Reopen"
            name={operation.name}
            onClick={() => dialogs.reopen.open(operation)}
          />
        )}
      </Box>
      <DeleteRecordButton
        name={operation.name}
        remove={() => deleteFieldOperation(operation.id)}
        onDeleted={() => refreshAfterOperationWrite(queryClient, operation, null)}
        impact={<OperationDeleteImpact operation={operation} />}
      />
    </>
  )

  return (
    <Stack gap="sm">
      <PageHeader
        title="Field operations"
        description="OSCE missions, offices and centres in the field, active and closed."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => dialogs.edit.open(null)}>
              New field operation
            </Button>
          ) : null
        }
      />
      <NativeSelect
        label="Status"
        maw={240}
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
      <DataTable
        caption={`Field operations (${data.total})`}
        columns={fieldOperationColumns(canManage ? actions : null)}
        rows={data.items}
        getRowKey={(operation) => operation.id}
        minWidth={900}
        empty={<EmptyState title="No field operations" />}
      />
      <OperationDialogs dialogs={dialogs} />
    </Stack>
  )
}
