import { useFormDialog } from '../../components/form/use-form-dialog'
import type { FieldOperation } from '../../api/contract'

/** The dialogs of an operation, edit (or create), close and reopen, as the list and the operation's page open them. */
export function useOperationDialogs() {
  const edit = useFormDialog<FieldOperation>()
  const close = useFormDialog<FieldOperation>()
  const reopen = useFormDialog<FieldOperation>()
  return { edit, close, reopen }
}
