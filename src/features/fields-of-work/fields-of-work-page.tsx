import { Button, Group, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import type { FieldOfWork } from '../../api/contract'
import { deleteFieldOfWork, fieldOfWorkQueries } from '../../api/fields-of-work'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { DeleteRecordButton } from '../../components/form/delete-record-button'
import { RowActionButton } from '../../components/form/row-action-button'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { useFormDialog } from '../../components/form/use-form-dialog'
import { PageHeader } from '../../components/page-header'
import { FieldOfWorkDeleteImpact } from './field-of-work-delete-impact'
import { FieldOfWorkForm } from './field-of-work-form'

function fieldOfWorkColumns(actions: ((field: FieldOfWork) => React.ReactNode) | null): Column<FieldOfWork>[] {
  const columns: Column<FieldOfWork>[] = [{ key: 'name', header: 'Name', rowHeader: true, cell: (field) => field.name }]
  if (actions)
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (field) => (
        <Group gap={4} wrap="nowrap">
          {actions(field)}
        </Group>
      ),
    })
  return columns
}

export function FieldsOfWorkPage() {
  const { data } = useSuspenseQuery(fieldOfWorkQueries.allRecords())
  const queryClient = useQueryClient()
  const canManage = useCanManageReference()
  const { dialog, open, close } = useFormDialog<FieldOfWork>()

  const actions = (field: FieldOfWork) => (
    <>
      <RowActionButton action="Rename" name={field.name} onClick={() => open(field)} />
      <DeleteRecordButton
        name={field.name}
        remove={() => deleteFieldOfWork(field.id)}
        onDeleted={() => refreshAfterReferenceWrite(queryClient, fieldOfWorkQueries, { before: field, after: null })}
        impact={<FieldOfWorkDeleteImpact field={field} />}
      />
    </>
  )

  return (
    <Stack gap="sm">
      <PageHeader
        title="Fields of work"
        description="The topics of the OSCE’s work that a release can be filed under."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              New field of work
            </Button>
          ) : null
        }
      />
      <DataTable
        caption={`Fields of work (${data.total})`}
        columns={fieldOfWorkColumns(canManage ? actions : null)}
        rows={data.items}
        getRowKey={(field) => field.id}
        minWidth={320}
        empty={<EmptyState title="No fields of work" />}
      />
      {dialog ? (
        <FieldOfWorkForm key={dialog.key} field={dialog.record} opened={dialog.opened} onClose={close} />
      ) : null}
    </Stack>
  )
}
