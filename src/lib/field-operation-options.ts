import { useQuery } from '@tanstack/react-query'
import { fieldOperationQueries } from '../api/field-operations'

export type OperationOption = { value: string; label: string }

/** The field operations to choose from: every one, or only the active ones (closed operations receive no new releases). */
export function useFieldOperationOptions(which: 'all' | 'active'): { options: OperationOption[]; pending: boolean } {
  const query = useQuery({
    ...fieldOperationQueries.allRecords({ sort: 'name' }),
    select: (page) =>
      page.items
        .filter((operation) => which === 'all' || operation.status === 'active')
        .map((operation) => ({
          value: operation.id,
          label: operation.status === 'closed' ? `${operation.name} (closed)` : operation.name,
        })),
  })
  return { options: query.data ?? [], pending: query.isPending }
}
