import { Autocomplete, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { memo, useMemo } from 'react'
import { type Control, Controller, useWatch } from 'react-hook-form'
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
      {second ? (
        <Pickers control={control} options={options} />
      ) : (
        <PickersStandIn control={control} options={options} />
      )}
    </Stack>
  )
})

/** Sources, fields of work and Participating States: multi-selects, each bound to the form. */
function Pickers({ control, options }: Props) {
  return (
    <>
      <Controller
        control={control}
        name="sourceIds"
        render={({ field, fieldState }) => (
          <MultiSelect
            {...field}
            label="Sources"
            description="One or more: who the release speaks for"
            required
            searchable
            hidePickedOptions
            comboboxProps={comboboxProps}
            nothingFoundMessage="No source matches"
            data={options.sources}
            error={fieldState.error?.message}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="fieldOfWorkIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              {...field}
              label="Fields of work"
              searchable
              hidePickedOptions
              comboboxProps={comboboxProps}
              nothingFoundMessage="No field of work matches"
              data={options.fieldsOfWork}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="stateIds"
          render={({ field, fieldState }) => (
            <MultiSelect
              {...field}
              label="Participating States"
              searchable
              hidePickedOptions
              comboboxProps={comboboxProps}
              nothingFoundMessage="No State matches"
              data={options.states}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
    </>
  )
}

/** The pickers' places, as they will look, until they are drawn (see PickerStandIn). */
function PickersStandIn({ control, options }: Props) {
  const [sourceIds, fieldOfWorkIds, stateIds] = useWatch({ control, name: ['sourceIds', 'fieldOfWorkIds', 'stateIds'] })
  const labels = useMemo(() => {
    const all = [...options.sources, ...options.fieldsOfWork, ...options.states.flatMap((group) => group.items)]
    return new Map(all.map((option) => [option.value, option.label]))
  }, [options])
  const names = (ids: string[]) => ids.map((id) => labels.get(id) ?? id)
  return (
    <>
      <PickerStandIn
        label="Sources"
        description="One or more: who the release speaks for"
        required
        chosen={names(sourceIds)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PickerStandIn label="Fields of work" chosen={names(fieldOfWorkIds)} />
        <PickerStandIn label="Participating States" chosen={names(stateIds)} />
      </SimpleGrid>
    </>
  )
}
