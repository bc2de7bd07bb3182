import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FieldOperation } from '../../api/contract'
import { fieldOperationQueries, updateFieldOperation } from '../../api/field-operations'
import { describeProblem } from '../../api/problem-message'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { showSavedNotice } from '../../components/form/saved-notice'
import { ProblemAlert } from '../../components/problem-alert'
import { refreshAfterOperationWrite, toFieldOperationInput } from './field-operation-write'

type Props = { operation: FieldOperation; opened: boolean; onClose: () => void }

/**
 * Reopens a closed operation: the same PATCH as closing, with no year closed, based on the
 * version the person saw (someone else's change first answers 409, said in the dialog).
 */
export function ReopenOperationDialog({ operation, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: () =>
      updateFieldOperation(operation.id, {
        ...toFieldOperationInput(operation),
        closed: null,
        version: operation.version,
      }),
    onSuccess: (saved) => {
      refreshAfterOperationWrite(queryClient, operation, saved)
      showSavedNotice(`Reopened ${saved.name}`)
      onClose()
    },
    // After a 409 the list shows their version; reopening from it starts from there.
    onError: () => void queryClient.invalidateQueries({ queryKey: fieldOperationQueries.all() }),
  })
  const retry = mutation.isError && describeProblem(mutation.error).retrySafe

  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={`Reopen ${operation.name}?`}
      confirmLabel={mutation.isPending ? 'Reopening…' : retry ? 'Retry' : 'Reopen'}
      confirmColor="primary"
      onConfirm={() => mutation.mutate()}
      pending={mutation.isPending}
      problem={
        mutation.isError ? (
          <ProblemAlert
            error={mutation.error}
            title={`${operation.name} was not reopened`}
            unsure={`${operation.name} may not have been reopened`}
            kept={null}
          />
        ) : null
      }
    >
      It closed in {operation.closed}. Reopened, it is active again, with no year closed, and can be assigned to
      releases again.
    </ConfirmDialog>
  )
}
