import { Autocomplete, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { memo } from 'react'
import { type Control, Controller } from 'react-hook-form'
import { releaseTypes, textLength } from '../../api/contract'
import { releaseTypeLabels } from '../../lib/release-type-label'
import { BodyField } from './body-field'
import { DatelineDate } from './dateline-date'
import type { ReleaseFormValues } from './form-values'
import { PickerStandIn } from './picker-stand-in'
import type { ReferenceOptions } from './reference-options'
import { useSecondPass } from './second-pass'

type Props = { control: Control<ReleaseFormValues>; options: ReferenceOptions }

// The contract's own measure (code points), so an emoji counts once here as it does when saved.
const count = (value: string, max: number) => `${textLength(value)} / ${max} characters`

// The options are drawn when a list opens, not hidden in the page from the start (Mantine keeps them
// mounted by default): the form opens faster, and a closed list has no position to compute.
const comboboxProps = { keepMounted: false } as const

/**
 * The fields of a release, each wired to the form with a Controller (Mantine's inputs are controlled).
 * Memoized: each field follows the form by itself, so the form's own redraws (saving, saved, a
 * summary shown) do not redraw every field.
 */
export const ReleaseFormFields = memo(function ReleaseFormFields({ control, options }: Props) {
  const second = useSecondPass()
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="type"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <Select
            ref={ref}
            label="Type"
            required
            allowDeselect={false}
            comboboxProps={comboboxProps}
            data={releaseTypes.map((type) => ({ value: type, label: releaseTypeLabels[type] }))}
            value={value}
            onChange={(next) => next && onChange(next)}
            onBlur={onBlur}
            error={fieldState.error?.message}
            maw={320}
          />
        )}
      />
      <Controller
        control={control}
        name="title"
        render={({ field, fieldState }) => (
          <TextInput
            {...field}
            label="Title"
            required
            description={count(field.value, 200)}
            error={fieldState.error?.message}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="dateline.place"
          render={({ field, fieldState }) => (
            <Autocomplete
              {...field}
              label="Place"
              description="The dateline city, e.g. Dushanbe"
              required
              data={options.places}
              limit={20}
              comboboxProps={comboboxProps}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="dateline.date"
          render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
            <DatelineDate
              inputRef={ref}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              label="Date"
              description="The dateline date"
              required
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="summary"
        render={({ field, fieldState }) => (
          <Textarea
            {...field}
            label="Summary"
            rows={3}
            description={count(field.value, 500)}
            error={fieldState.error?.message}
          />
        )}
      />
      <BodyField control={control} />
      {/* Below the fold: the pickers, with their pills and comboboxes, come in a second render. */}
      <Picker
        control={control}
        drawn={second}
        name="sourceIds"
        label="Sources"
        description="One or more: who the release speaks for"
        required
        nothingFoundMessage="No source matches"
        data={options.sources}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Picker
          control={control}
          drawn={second}
          name="fieldOfWorkIds"
          label="Fields of work"
          nothingFoundMessage="No field of work matches"
          data={options.fieldsOfWork}
        />
        <Picker
          control={control}
          drawn={second}
          name="stateIds"
          label="Participating States"
          nothingFoundMessage="No State matches"
          data={options.states}
        />
      </SimpleGrid>
    </Stack>
  )
})

type Option = ReferenceOptions['sources'][number]
type PickerProps = {
  control: Control<ReleaseFormValues>
  /** False in the form's first render: the picker's stand-in holds its place (see PickerStandIn). */
  drawn: boolean
  name: 'sourceIds' | 'fieldOfWorkIds' | 'stateIds'
  label: string
  description?: string
  required?: boolean
  nothingFoundMessage: string
  data: Option[] | { group: string; items: Option[] }[]
}

const labelOf = (data: PickerProps['data'], id: string) =>
  data.flatMap((entry) => ('items' in entry ? entry.items : [entry])).find((option) => option.value === id)?.label ?? id

/** A multi-select bound to the form; until it is drawn, its inert stand-in with the same label and pills. */
function Picker({ control, drawn, name, nothingFoundMessage, data, ...labels }: PickerProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) =>
        drawn ? (
          <MultiSelect
            {...field}
            {...labels}
            searchable
            hidePickedOptions
            comboboxProps={comboboxProps}
            nothingFoundMessage={nothingFoundMessage}
            data={data}
            error={fieldState.error?.message}
          />
        ) : (
          <PickerStandIn {...labels} chosen={field.value.map((id) => labelOf(data, id))} />
        )
      }
    />
  )
}
