import { SimpleGrid } from '@mantine/core'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import {
  defaultLanguageCodes,
  type FieldOperation,
  type FieldOperationInput,
  fieldOperationInputSchema,
  fieldOperationTypes,
} from '../../api/contract'
import { createFieldOperation, updateFieldOperation } from '../../api/field-operations'
import { contractResolver, textOrNull, yearOrMissing } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { MultiSelectField } from '../../components/form/multi-select-field'
import { SelectField } from '../../components/form/select-field'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { useVersionedSave } from '../../lib/versioned-save'
import {
  fetchLatestOperation,
  hostStateQuery,
  refreshAfterOperationWrite,
  toFieldOperationInput,
} from './field-operation-write'
import { operationTypeLabel } from './labels'
import { useWorkingLanguageChoices } from './working-languages'

type Values = {
  name: string
  type: string
  location: string
  hostStateId: string
  head: string
  opened: string
  languageCodes: string[]
}

const toValues = (operation: FieldOperation | null): Values => ({
  name: operation?.name ?? '',
  type: operation?.type ?? '',
  location: operation?.location ?? '',
  hostStateId: operation?.hostState?.id ?? '',
  head: operation?.head ?? '',
  opened: operation ? String(operation.opened) : '',
  // A new operation works in English until told otherwise, as the server assumes.
  languageCodes: [...(operation?.languageCodes ?? defaultLanguageCodes)],
})

type Props = { operation: FieldOperation | null; opened: boolean; onClose: () => void }

/** Create or edit a field operation. Closing one is its own dialog (CloseOperationDialog); the year closed is kept here. */
export function FieldOperationForm({ operation, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const states = useSuspenseQuery(hostStateQuery()).data.items
  const languageChoices = useWorkingLanguageChoices()
  const toInput = (values: Values) => ({
    ...values,
    hostStateId: values.hostStateId || null,
    head: textOrNull(values.head),
    opened: yearOrMissing(values.opened),
    closed: operation?.closed ?? null,
  })
  const form = useForm<Values, unknown, FieldOperationInput>({
    defaultValues: toValues(operation),
    resolver: contractResolver(fieldOperationInputSchema, toInput),
    mode: 'onTouched',
  })
  const saver = useVersionedSave({
    form,
    record: operation,
    create: createFieldOperation,
    update: (record, input, version) => updateFieldOperation(record.id, { ...input, version }),
    latest: (record) => fetchLatestOperation(queryClient, record.id),
    asInput: toFieldOperationInput,
    onSaved: (saved, { created }) => {
      refreshAfterOperationWrite(queryClient, operation, saved)
      showSavedNotice(`${created ? 'Created' : 'Saved'} ${saved.name}`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(
    saver,
    (latest) =>
      `${latest.name}, ${latest.location}, head ${latest.head ?? 'none'}, opened ${latest.opened}, working in ${latest.languageCodes.join(', ')}`,
  )
  const { control } = form

  return (
    <FormModal
      opened={opened}
      title={operation ? `Edit ${operation.name}` : 'New field operation'}
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      <TextField
        control={control}
        name="name"
        label="Name"
        description="e.g. Programme Office in Dushanbe"
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField
          control={control}
          name="type"
          label="Type"
          required
          placeholderOption="Select…"
          options={fieldOperationTypes.map((type) => ({ value: type, label: operationTypeLabel(type) }))}
        />
        <TextField control={control} name="location" label="Location" description="The city it sits in" required />
        <SelectField
          control={control}
          name="hostStateId"
          label="Host State"
          placeholderOption="No host State"
          options={states.map((state) => ({ value: state.id, label: state.name }))}
        />
        <TextField control={control} name="opened" label="Year opened" required inputMode="numeric" maxLength={4} />
      </SimpleGrid>
      <TextField control={control} name="head" label="Head of operation" description="e.g. Ambassador Willy Kempel" />
      <MultiSelectField
        control={control}
        name="languageCodes"
        label="Working languages"
        description="The languages it publishes in, in the order its pages offer them"
        required
        nothingFoundMessage="No language of that name: add it on the Languages page first"
        {...languageChoices}
      />
    </FormModal>
  )
}
