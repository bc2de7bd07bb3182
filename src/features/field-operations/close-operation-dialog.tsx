import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { closedBeforeOpenedMessage, type FieldOperation, operationYearSchema } from '../../api/contract'
import { updateFieldOperation } from '../../api/field-operations'
import { contractResolver, yearOrMissing } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { useVersionedSave } from '../../lib/versioned-save'
import { fetchLatestOperation, refreshAfterOperationWrite, toFieldOperationInput } from './field-operation-write'
import { pendingReleases, useAssignedCounts } from './operation-usage'

type Values = { closed: string }
type Props = { operation: FieldOperation; opened: boolean; onClose: () => void }

/** Asks the year an operation closed: not before it opened (the server checks the same rule). */
export function CloseOperationDialog({ operation, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const schema = z
    .object({ closed: operationYearSchema })
    .refine((value) => value.closed >= operation.opened, { path: ['closed'], message: closedBeforeOpenedMessage })
  const assigned = useAssignedCounts(operation)
  const pending = assigned ? pendingReleases(assigned) : null
  const [thisYear] = useState(() => new Date().getFullYear())
  const form = useForm<Values, unknown, { closed: number }>({
    defaultValues: { closed: String(thisYear) },
    resolver: contractResolver(schema, (values: Values) => ({ closed: yearOrMissing(values.closed) })),
    mode: 'onTouched',
  })
  const saver = useVersionedSave({
    form,
    record: operation,
    // The rest is sent as the record holds it: after a 409 and Reload, their version, so the
    // close applies to it, not over it.
    update: (record, { closed }, version) =>
      updateFieldOperation(record.id, { ...toFieldOperationInput(record), closed, version }),
    latest: (record) => fetchLatestOperation(queryClient, record.id),
    asInput: ({ closed }) => ({ closed }),
    onSaved: (saved) => {
      refreshAfterOperationWrite(queryClient, operation, saved)
      showSavedNotice(`Closed ${saved.name} (${saved.closed})`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(
    saver,
    (latest) => `${latest.name}, ${latest.status === 'closed' ? `closed in ${latest.closed}` : 'active'}`,
  )

  return (
    <FormModal
      opened={opened}
      title={`Close ${operation.name}`}
      submitLabel="Close operation"
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      <Text size="sm">
        It opened in {operation.opened}. A closed operation stays listed, and its releases keep naming it.
      </Text>
      {pending ? (
        // A note, not an alert: it is there when the dialog opens, and role=alert is the failure's.
        <Alert
          role="note"
          color="yellow"
          // Yellow text on yellow fails 4.5:1 (axe, light scheme): the title in the text colour.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          title="Releases still on their way out"
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          {pending} assigned to it will still name it when they are published.
        </Alert>
      ) : null}
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
