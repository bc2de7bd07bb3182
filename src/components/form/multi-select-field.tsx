// The pills' styles, loaded with the forms that pick several things (src/styles.ts holds the shared ones, imported first).
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Pill.css'
import '@mantine/core/styles/PillsInput.css'
import { MultiSelect, type MultiSelectProps } from '@mantine/core'
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form'

type Props<T extends FieldValues, O = T> = Omit<
  MultiSelectProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T, unknown, O>
  name: FieldPath<T>
  label: string
}

/**
 * A searchable choice of several, wired to the form (Mantine's MultiSelect is controlled); the
 * values keep the order they were picked in, and its message (client or server) shows under it.
 */
export function MultiSelectField<T extends FieldValues, O = T>({ control, name, ...props }: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MultiSelect
          searchable
          comboboxProps={{ keepMounted: false }}
          {...props}
          {...field}
          value={(field.value as string[] | null) ?? []}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}
