import { Badge } from '@mantine/core'
import type { FieldOperation } from '../../api/contract'
import { operationStatusLabel } from './labels'

export function OperationStatusBadge({ operation }: { operation: FieldOperation }) {
  return (
    <Badge color={operation.status === 'active' ? 'green' : 'gray'} variant="dot" style={{ minWidth: 'max-content' }}>
      {operationStatusLabel(operation.status)}
      {operation.closed !== null ? ` ${operation.closed}` : ''}
    </Badge>
  )
}
