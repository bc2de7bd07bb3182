import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { type FieldOfWork, type FieldOfWorkInput, fieldOfWorkInputSchema } from '../../api/contract'
import { createFieldOfWork, fieldOfWorkQueries, updateFieldOfWork } from '../../api/fields-of-work'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { contractResolver } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { TextField } from '../../components/form/text-field'
import { useRecordSave } from '../../components/form/use-record-save'

type Values = { name: string }
type Props = { field: FieldOfWork | null; opened: boolean; onClose: () => void }

/** Add a field of work, or rename one: releases filed under it show the new name. */
export function FieldOfWorkForm({ field, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const form = useForm<Values, unknown, FieldOfWorkInput>({
    defaultValues: { name: field?.name ?? '' },
    resolver: contractResolver(fieldOfWorkInputSchema, (values: Values) => values),
    mode: 'onTouched',
  })
  const saver = useRecordSave({
    form,
    version: field?.version ?? null,
    save: (input, version, options) =>
      field && version !== null
        ? updateFieldOfWork(field.id, { ...input, version })
        : createFieldOfWork(input, options),
    saveOver: (created, input) => updateFieldOfWork(created.id, { ...input, version: created.version }),
    valuesOf: (latest) => ({ name: latest.name }),
    reload: field ? () => queryClient.fetchQuery({ ...fieldOfWorkQueries.detail(field.id), staleTime: 0 }) : undefined,
    summarize: (latest) => `“${latest.name}”`,
    onSaved: (saved) => {
      refreshAfterReferenceWrite(queryClient, 'fieldsOfWork', { before: field, after: saved })
      onClose()
    },
  })

  return (
    <FormModal
      opened={opened}
      title={field ? `Rename ${field.name}` : 'New field of work'}
      submitLabel={field ? 'Rename' : 'Add'}
      onClose={onClose}
      onSubmit={() => void saver.submit()}
      isPending={saver.isPending}
      problem={saver.problem}
      onReload={() => void saver.reloadLatest()}
    >
      <TextField control={form.control} name="name" label="Name" required data-autofocus />
    </FormModal>
  )
}
