import { NativeSelect, type NativeSelectProps } from '@mantine/core'
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form'

type Option = { value: string; label: string }
type Props<T extends FieldValues, O = T> = Omit<
  NativeSelectProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'data'
> & {
  control: Control<T, unknown, O>
  name: FieldPath<T>
  label: string
  options: Option[] | { group: string; items: Option[] }[]
  /** The first, empty choice ("Choose a State"), which the schema refuses when required. */
  placeholderOption?: string
}

/** A native select (keyboard and screen reader friendly) wired to the form. */
export function SelectField<T extends FieldValues, O = T>({
  control,
  name,
  options,
  placeholderOption,
  ...props
}: Props<T, O>) {
  const data = placeholderOption ? [{ value: '', label: placeholderOption }, ...options] : options
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NativeSelect
          {...props}
          {...field}
          value={(field.value as string | null) ?? ''}
          data={data as NativeSelectProps['data']}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}
