import { Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { closedBeforeOpenedMessage, type FieldOperation, operationYearSchema } from '../../api/contract'
import { updateFieldOperation } from '../../api/field-operations'
import { contractResolver, yearOrMissing } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { TextField } from '../../components/form/text-field'
import { useRecordSave } from '../../components/form/use-record-save'
import { fetchLatestOperation, refreshAfterOperationWrite, toFieldOperationInput } from './field-operation-write'

type Values = { closed: string }
type Props = { operation: FieldOperation; opened: boolean; onClose: () => void }

/** Asks the year an operation closed: not before it opened (the server checks the same rule). */
export function CloseOperationDialog({ operation, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const schema = z
    .object({ closed: operationYearSchema })
    .refine((value) => value.closed >= operation.opened, { path: ['closed'], message: closedBeforeOpenedMessage })
  const [thisYear] = useState(() => new Date().getFullYear())
  const form = useForm<Values, unknown, { closed: number }>({
    defaultValues: { closed: String(thisYear) },
    resolver: contractResolver(schema, (values: Values) => ({ closed: yearOrMissing(values.closed) })),
    mode: 'onTouched',
  })
  // After a 409 and Reload, the close applies to their version, not over it.
  const basis = useRef(operation)
  const saver = useRecordSave({
    form,
    version: operation.version,
    save: ({ closed }, version) =>
      updateFieldOperation(operation.id, {
        ...toFieldOperationInput(basis.current),
        closed,
        version: version ?? operation.version,
      }),
    valuesOf: (latest) => ({ closed: String(latest.closed ?? '') }),
    reload: async () => (basis.current = await fetchLatestOperation(queryClient, operation.id)),
    summarize: (latest) => `${latest.name}, ${latest.status === 'closed' ? `closed in ${latest.closed}` : 'active'}`,
    onSaved: (saved) => {
      refreshAfterOperationWrite(queryClient, operation, saved)
      onClose()
    },
  })

  return (
    <FormModal
      opened={opened}
      title={`Close ${operation.name}`}
      submitLabel="Close operation"
      onClose={onClose}
      onSubmit={() => void saver.submit()}
      isPending={saver.isPending}
      problem={saver.problem}
      onReload={() => void saver.reloadLatest()}
    >
      <Text size="sm">
        It opened in {operation.opened}. A closed operation stays listed, and its releases keep naming it.
      </Text>
      <TextField
        control={form.control}
        name="closed"
        label="Year closed"
        required
        inputMode="numeric"
        maxLength={4}
        data-autofocus
      />
    </FormModal>
  )
}
