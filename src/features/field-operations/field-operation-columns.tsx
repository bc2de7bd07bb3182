import { Group, Text } from '@mantine/core'
import type { FieldOperation } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { AnchorLink } from '../../components/router-links'
import { operationTypeLabel } from './labels'
import { OperationStatusBadge } from './operation-status-badge'
import { WorkingLanguageCodes } from './working-languages'

/** The table's columns; the name links to the operation's page; admins get an Actions column. */
export function fieldOperationColumns(
  actions: ((operation: FieldOperation) => React.ReactNode) | null,
): Column<FieldOperation>[] {
  const columns: Column<FieldOperation>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      minWidth: '12rem',
      cell: (operation) => (
        <AnchorLink to="/field-operations/$id" params={{ id: operation.id }} inherit fw={500}>
          {operation.name}
        </AnchorLink>
      ),
    },
    { key: 'type', header: 'Type', cell: (operation) => operationTypeLabel(operation.type) },
    // One column for where it is, the host State under the city: the table then fits at 1280 px, Actions included.
    {
      key: 'location',
      header: 'Location and host State',
      cell: (operation) => (
        <>
          {operation.location}
          <Text size="xs" c="dimmed">
            {operation.hostState?.name ?? 'No host State'}
          </Text>
        </>
      ),
    },
    { key: 'head', header: 'Head of operation', cell: (operation) => operation.head ?? '—' },
    {
      key: 'languages',
      header: 'Languages',
      cell: (operation) => <WorkingLanguageCodes codes={operation.languageCodes} />,
    },
    { key: 'opened', header: 'Opened', cell: (operation) => operation.opened },
    { key: 'status', header: 'Status', cell: (operation) => <OperationStatusBadge operation={operation} /> },
  ]
  if (actions)
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (operation) => (
        <Group gap={4} wrap="nowrap">
          {actions(operation)}
        </Group>
      ),
    })
  return columns
}
