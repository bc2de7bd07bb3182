import { Button, Group, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import type { Language } from '../../api/contract'
import { deleteLanguage, languageQueries } from '../../api/languages'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { DeleteRecordButton } from '../../components/form/delete-record-button'
import { RowActionButton } from '../../components/form/row-action-button'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { useFormDialog } from '../../components/form/use-form-dialog'
import { PageHeader } from '../../components/page-header'
import { LanguageDeleteImpact } from './language-delete-impact'
import { LanguageForm, scriptLabel } from './language-form'

/**
 * The table's columns, the name first as on the other reference pages (a card's title on a phone);
 * the native name carries its `lang`, so a screen reader pronounces it.
 */
function languageColumns(actions: ((language: Language) => React.ReactNode) | null): Column<Language>[] {
  const columns: Column<Language>[] = [
    { key: 'name', header: 'Name', rowHeader: true, cell: (language) => language.name },
    { key: 'code', header: 'Code', cell: (language) => <code>{language.code}</code> },
    {
      key: 'nativeName',
      header: 'Native name',
      cell: (language) => <span lang={language.code}>{language.nativeName}</span>,
    },
    { key: 'script', header: 'Script', cell: (language) => scriptLabel(language.script) },
    { key: 'official', header: 'Official', cell: (language) => (language.official ? 'Yes' : 'No') },
  ]
  if (actions)
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (language) => (
        <Group gap={4} wrap="nowrap">
          {actions(language)}
        </Group>
      ),
    })
  return columns
}

export function LanguagesPage() {
  const { data } = useSuspenseQuery(languageQueries.allRecords())
  const queryClient = useQueryClient()
  const canManage = useCanManageReference()
  const { dialog, open, close } = useFormDialog<Language>()

  const actions = (language: Language) => (
    <>
      <RowActionButton action="Edit" name={language.name} onClick={() => open(language)} />
      <DeleteRecordButton
        name={language.name}
        remove={() => deleteLanguage(language.id)}
        onDeleted={() => refreshAfterReferenceWrite(queryClient, languageQueries, { before: language, after: null })}
        impact={<LanguageDeleteImpact language={language} />}
      />
    </>
  )

  return (
    <Stack gap="sm">
      <PageHeader
        title="Languages"
        description="The languages releases are written in: the OSCE’s six official languages and its field operations’ languages."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              New language
            </Button>
          ) : null
        }
      />
      <DataTable
        caption={`Languages (${data.total})`}
        columns={languageColumns(canManage ? actions : null)}
        rows={data.items}
        getRowKey={(language) => language.id}
        minWidth={720}
        empty={<EmptyState title="No languages" />}
      />
      {dialog ? (
        <LanguageForm key={dialog.key} language={dialog.record} opened={dialog.opened} onClose={close} />
      ) : null}
    </Stack>
  )
}
