import { InputBase, Stack, TextInput } from '@mantine/core'
import { memo, Suspense } from 'react'
import { type Control, Controller } from 'react-hook-form'
import { releaseTypes, textLength } from '../../api/contract'
import { releaseTypeLabels } from '../../lib/release-type-label'
import { BodyField } from './body-field'
import { AutocompleteStandIn, SelectStandIn } from './combobox-stand-ins'
import { DatelineDate } from './dateline-date'
import type { ReleaseFormValues } from './form-values'
import { PickerStandIn } from './picker-stand-in'
import type { ReferenceOptions } from './reference-options'
import { lazyFetchedWhenIdle, useSecondPass } from './second-pass'
import classes from './editor-layout.module.css'

type Props = { control: Control<ReleaseFormValues>; options: ReferenceOptions }

// The contract's own measure (code points), so an emoji counts once here as it does when saved.
const count = (value: string, max: number) => `${textLength(value)} / ${max} characters`

// Mantine's comboboxes are not part of the editor's first load: one chunk, fetched when the page is
// idle; until it is here, a stand-in of the same look holds each one's place (inert meanwhile).
const comboboxes = () => import('./comboboxes')
const Select = lazyFetchedWhenIdle(() => comboboxes().then((module) => ({ default: module.Select })))
const Autocomplete = lazyFetchedWhenIdle(() => comboboxes().then((module) => ({ default: module.Autocomplete })))
const MultiSelect = lazyFetchedWhenIdle(() => comboboxes().then((module) => ({ default: module.MultiSelect })))

// What the Type and Place fields and their stand-ins share: written once, so the two match.
const typeField = { label: 'Type', required: true, maw: 320 }
const placeField = { label: 'Place', description: 'The dateline city, e.g. Dushanbe', required: true }

const typeOptions = releaseTypes.map((type) => ({ value: type, label: releaseTypeLabels[type] }))

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
          <Suspense
            fallback={
              <SelectStandIn {...typeField} value={releaseTypeLabels[value]} error={fieldState.error?.message} />
            }
          >
            <Select
              ref={ref}
              {...typeField}
              allowDeselect={false}
              comboboxProps={comboboxProps}
              data={typeOptions}
              value={value}
              onChange={(next) => next && onChange(next)}
              onBlur={onBlur}
              error={fieldState.error?.message}
            />
          </Suspense>
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
      <div className={classes.pair}>
        <Controller
          control={control}
          name="dateline.place"
          render={({ field, fieldState }) => (
            <Suspense
              fallback={<AutocompleteStandIn {...placeField} value={field.value} error={fieldState.error?.message} />}
            >
              <Autocomplete
                {...field}
                {...placeField}
                data={options.places}
                limit={20}
                comboboxProps={comboboxProps}
                error={fieldState.error?.message}
              />
            </Suspense>
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
      </div>
      <Controller
        control={control}
        name="summary"
        render={({ field, fieldState }) => (
          // Mantine's Textarea, as it draws one without autosize (its autosize code left out of the first load).
          <InputBase
            component="textarea"
            multiline
            __staticSelector="Textarea"
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
      <div className={classes.pair}>
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
      </div>
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

/** A multi-select bound to the form; until it is drawn and its chunk is here, its inert stand-in with the same label and pills. */
function Picker({ control, drawn, name, nothingFoundMessage, data, ...labels }: PickerProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const standIn = <PickerStandIn {...labels} chosen={field.value.map((id) => labelOf(data, id))} />
        return drawn ? (
          <Suspense fallback={standIn}>
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
          </Suspense>
        ) : (
          standIn
        )
      }}
    />
  )
}
