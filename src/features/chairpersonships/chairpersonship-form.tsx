import { SimpleGrid } from '@mantine/core'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { chairpersonshipQueries, createChairpersonship, updateChairpersonship } from '../../api/chairpersonships'
import { type Chairpersonship, type ChairpersonshipInput, chairpersonshipInputSchema } from '../../api/contract'
import { refreshAfterReferenceWrite } from '../../api/reference-writes'
import { contractResolver, yearOrMissing } from '../../components/form/contract-resolver'
import { FormModal } from '../../components/form/form-modal'
import { SelectField } from '../../components/form/select-field'
import { TextField } from '../../components/form/text-field'
import { showSavedNotice } from '../../components/form/saved-notice'
import { useSaveProblem } from '../../components/form/use-save-problem'
import { useVersionedSave } from '../../lib/versioned-save'
import { chairpersonshipPageQueries } from './chairpersonship-queries'

type Values = { year: string; stateId: string; chairInOffice: { name: string; title: string } }

const toValues = (chair: Chairpersonship | null, suggestedYear: number): Values => ({
  year: String(chair?.year ?? suggestedYear),
  stateId: chair?.state.id ?? '',
  chairInOffice: { name: chair?.chairInOffice.name ?? '', title: chair?.chairInOffice.title ?? '' },
})

type Props = { chair: Chairpersonship | null; suggestedYear: number; opened: boolean; onClose: () => void }

/** One year's Chairpersonship. Only participating States are offered; the server refuses a Partner or a taken year too. */
export function ChairpersonshipForm({ chair, suggestedYear, opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const states = useSuspenseQuery(chairpersonshipPageQueries.participatingStates()).data.items
  const form = useForm<Values, unknown, ChairpersonshipInput>({
    defaultValues: toValues(chair, suggestedYear),
    resolver: contractResolver(chairpersonshipInputSchema, (values: Values) => ({
      ...values,
      year: yearOrMissing(values.year),
    })),
    mode: 'onTouched',
  })
  const saver = useVersionedSave({
    form,
    record: chair,
    create: createChairpersonship,
    update: (record, input, version) => updateChairpersonship(record.id, { ...input, version }),
    latest: (record) => queryClient.fetchQuery({ ...chairpersonshipQueries.detail(record.id), staleTime: 0 }),
    asInput: ({ year, state, chairInOffice }) => ({ year, stateId: state.id, chairInOffice }),
    onSaved: (saved, { created }) => {
      refreshAfterReferenceWrite(queryClient, chairpersonshipQueries, { before: chair, after: saved })
      showSavedNotice(`${created ? 'Created' : 'Saved'} the chairpersonship of ${saved.year}`)
      onClose()
    },
  })
  const { problem, reload } = useSaveProblem(
    saver,
    (latest) => `${latest.year}, ${latest.state.name}, ${latest.chairInOffice.name} (${latest.chairInOffice.title})`,
  )
  const { control } = form
  // A State that is no longer a participating one still shows, so editing another field does not silently change it.
  const options = states.map((state) => ({ value: state.id, label: state.name }))
  if (chair && !options.some((option) => option.value === chair.state.id))
    options.push({ value: chair.state.id, label: chair.state.name })

  return (
    <FormModal
      opened={opened}
      title={chair ? `Edit the ${chair.year} Chairpersonship` : 'New Chairpersonship'}
      onClose={onClose}
      onSubmit={() => void form.handleSubmit(saver.save)()}
      isPending={saver.isPending}
      problem={problem}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          control={control}
          name="year"
          label="Year"
          required
          inputMode="numeric"
          maxLength={4}
          data-autofocus
        />
        <SelectField
          control={control}
          name="stateId"
          label="Chairing State"
          description="A participating State"
          required
          placeholderOption="Select…"
          options={options}
        />
      </SimpleGrid>
      <TextField
        control={control}
        name="chairInOffice.name"
        label="Chair-in-Office"
        description="Name, e.g. Ian Borg"
        required
      />
      <TextField
        control={control}
        name="chairInOffice.title"
        label="Title"
        description="e.g. Minister for Foreign Affairs of Malta"
        required
      />
    </FormModal>
  )
}
