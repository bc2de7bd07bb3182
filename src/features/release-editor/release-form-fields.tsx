import { Autocomplete, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { type Control, Controller } from 'react-hook-form'
import { releaseTypes, textLength } from '../../api/contract'
import { releaseTypeLabels } from '../../lib/release-type-label'
import { BodyField } from './body-field'
import type { ReleaseFormValues } from './form-values'
import type { ReferenceOptions } from './reference-options'

type Props = { control: Control<ReleaseFormValues>; options: ReferenceOptions }

// The contract's own measure (code points), so an emoji counts once here as it does when saved.
const count = (value: string, max: number) => `${textLength(value)} / ${max} characters`

// The options are drawn when a list opens, not hidden in the page from the start (Mantine keeps them
// mounted by default): the form opens faster, and a closed list has no position to compute.
const comboboxProps = { keepMounted: false } as const

/** The fields of a release, each wired to the form with a Controller (Mantine's inputs are controlled). */
export function ReleaseFormFields({ control, options }: Props) {
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
            <DateInput
              ref={ref}
              label="Date"
              description="The dateline date"
              required
              valueFormat="D MMMM YYYY"
              value={value || null}
              onChange={(next) => onChange(next ?? '')}
              onBlur={onBlur}
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
    </Stack>
  )
}
