import type { FieldOperation } from '../../api/contract'
import { DeleteImpact } from '../../components/form/delete-impact'
import { useOperationUses } from './operation-usage'

/** The delete dialog's word on what uses the operation; counted when the dialog opens. */
export function OperationDeleteImpact({ operation }: { operation: FieldOperation }) {
  return <DeleteImpact uses={useOperationUses(operation)} />
}
