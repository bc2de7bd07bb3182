import { Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { FieldOfWork } from '../../api/contract'
import { fieldOfWorkQueries } from '../../api/fields-of-work'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'

const columns: Column<FieldOfWork>[] = [{ key: 'name', header: 'Name', rowHeader: true, cell: (field) => field.name }]

export function FieldsOfWorkPage() {
  const { data } = useSuspenseQuery(fieldOfWorkQueries.list({}))
  return (
    <Stack gap="sm">
      <PageHeader title="Fields of work" description="The topics of the OSCE’s work that a release can be filed under." />
      <DataTable
        caption={`Fields of work (${data.total})`}
        columns={columns}
        rows={data.items}
        getRowKey={(field) => field.id}
        empty={<EmptyState title="No fields of work" />}
      />
    </Stack>
  )
}
