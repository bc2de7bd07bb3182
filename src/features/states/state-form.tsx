import { SimpleGrid } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { type State, type StateInput, stateInputSchema, stateKinds } from '../../api/contract'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { createState, stateQueries, updateState } from '../../api/states'
import { contractResolver, textOrNull } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { SelectField } from '../../components/form/select-field'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { stateKindLabel } from '../../lib/state-kind'
import { useVersionedSave } from '../../lib/versioned-save'

type Values = { name: string; iso2: string; kind: string; capital: string }

const toValues = (state: State | null): Values => ({
  name: state?.name ?? '',
  iso2: state?.iso2 ?? '',
  kind: state?.kind ?? '',
  capital: state?.capital ?? '',
})
const toInput = (values: Values) => ({ ...values, capital: textOrNull(values.capital) })

type Props = { state: State | null; opened: boolean; onClose: () => void }

/** Create or edit a participating State or Partner; the server checks that name and code are unique. */
export function StateForm({ state, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const form = useForm<Values, unknown, StateInput>({
    defaultValues: toValues(state),
    resolver: contractResolver(stateInputSchema, toInput),
    mode: 'onTouched',
  })
  const saver = useVersionedSave({
    form,
    record: state,
    create: createState,
    update: (record, input, version) => updateState(record.id, { ...input, version }),
    latest: (record) => queryClient.fetchQuery({ ...stateQueries.detail(record.id), staleTime: 0 }),
    asInput: ({ name, iso2, kind, capital }) => ({ name, iso2, kind, capital }),
    onSaved: (saved, { created }) => {
      refreshAfterReferenceWrite(queryClient, stateQueries, { before: state, after: saved })
      showSavedNotice(`${created ? 'Created' : 'Saved'} ${saved.name}`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(
    saver,
    (latest) =>
      `${latest.name} (${latest.iso2}), ${stateKindLabel(latest.kind)}${latest.capital ? `, capital ${latest.capital}` : ''}`,
  )
  const { control } = form

  return (
    <FormModal
      opened={opened}
      title={state ? `Edit ${state.name}` : 'New State or Partner'}
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      <TextField control={control} name="name" label="Name" required data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          control={control}
          name="iso2"
          label="ISO 3166-1 alpha-2 code"
          description="Two letters, e.g. AL"
          required
        />
        <SelectField
          control={control}
          name="kind"
          label="Kind"
          required
          placeholderOption="Select…"
          options={stateKinds.map((kind) => ({ value: kind, label: stateKindLabel(kind) }))}
        />
      </SimpleGrid>
      <TextField control={control} name="capital" label="Capital" description="Suggested as a dateline place" />
    </FormModal>
  )
}
