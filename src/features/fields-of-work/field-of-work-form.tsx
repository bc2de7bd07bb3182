import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { type FieldOfWork, type FieldOfWorkInput, fieldOfWorkInputSchema } from '../../api/contract'
import { createFieldOfWork, fieldOfWorkQueries, updateFieldOfWork } from '../../api/fields-of-work'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { contractResolver } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { useVersionedSave } from '../../lib/versioned-save'

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
  const saver = useVersionedSave({
    form,
    record: field,
    create: createFieldOfWork,
    update: (record, input, version) => updateFieldOfWork(record.id, { ...input, version }),
    latest: (record) => queryClient.fetchQuery({ ...fieldOfWorkQueries.detail(record.id), staleTime: 0 }),
    asInput: ({ name }) => ({ name }),
    onSaved: (saved, { created }) => {
      refreshAfterReferenceWrite(queryClient, fieldOfWorkQueries, { before: field, after: saved })
      showSavedNotice(`${created ? 'Added' : 'Renamed'} ${saved.name}`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(saver, (latest) => `“${latest.name}”`)

  return (
    <FormModal
      opened={opened}
      title={field ? `Rename ${field.name}` : 'New field of work'}
      submitLabel={field ? 'Rename' : 'Add'}
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      <TextField control={form.control} name="name" label="Name" required data-autofocus />
    </FormModal>
  )
}
