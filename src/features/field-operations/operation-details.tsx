import '@mantine/core/styles/DataList.css'
import { DataList, Paper } from '@mantine/core'
import type { FieldOperation } from '../../api/contract'
import { operationTypeLabel } from './labels'
import { OperationStatusBadge } from './operation-status-badge'
import { WorkingLanguageNames } from './working-languages'

/** What is known of an operation, as a description list. */
export function OperationDetails({ operation }: { operation: FieldOperation }) {
  const facts: Array<[string, React.ReactNode]> = [
    ['Type', operationTypeLabel(operation.type)],
    ['Location', operation.location],
    ['Host State', operation.hostState?.name ?? 'None'],
    ['Head of operation', operation.head ?? 'Not named'],
    ['Working languages', <WorkingLanguageNames key="languages" codes={operation.languageCodes} />],
    ['Opened', operation.opened],
    ['Status', <OperationStatusBadge key="status" operation={operation} />],
  ]
  return (
    <Paper withBorder p="md">
      <DataList orientation="vertical" size="sm" gap="sm">
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  )
}
