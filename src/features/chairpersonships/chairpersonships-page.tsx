import { Button, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Chairpersonship } from '../../api/contract'
import { DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { RowActionButton } from '../../components/form/row-action-button'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { useFormDialog } from '../../components/form/use-form-dialog'
import { PageHeader } from '../../components/page-header'
import { chairpersonshipColumns } from './chairpersonship-columns'
import { ChairpersonshipForm } from './chairpersonship-form'
import { chairpersonshipPageQueries } from './chairpersonship-queries'
import { Troika } from './troika'

export function ChairpersonshipsPage() {
  const { data } = useSuspenseQuery(chairpersonshipPageQueries.list())
  // The client's clock decides which year is current; the server keeps no such flag.
  const [currentYear] = useState(() => new Date().getFullYear())
  const canManage = useCanManageReference()
  const { dialog, open, close } = useFormDialog<Chairpersonship>()
  const lastYear = data.items.at(-1)?.year ?? currentYear
  const actions = (chair: Chairpersonship) => (
    <RowActionButton action="Edit" name={`the ${chair.year} Chairpersonship`} onClick={() => open(chair)} />
  )

  return (
    <Stack gap="md">
      <PageHeader
        title="Chairpersonship"
        description="The participating State that chairs the OSCE each year, and its Chair-in-Office."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              New Chairpersonship
            </Button>
          ) : null
        }
      />
      <Troika chairpersonships={data.items} currentYear={currentYear} />
      <DataTable
        caption={`Chairpersonships (${data.total})`}
        columns={chairpersonshipColumns(currentYear, canManage ? actions : null)}
        rows={data.items}
        getRowKey={(chair) => chair.id}
        empty={<EmptyState title="No chairpersonships yet" />}
      />
      {dialog ? (
        <ChairpersonshipForm
          key={dialog.key}
          chair={dialog.record}
          suggestedYear={Math.max(lastYear + 1, currentYear)}
          opened={dialog.opened}
          onClose={close}
        />
      ) : null}
    </Stack>
  )
}
