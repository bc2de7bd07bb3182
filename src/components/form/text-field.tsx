import { TextInput, type TextInputProps } from '@mantine/core'
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form'

type Props<T extends FieldValues, O = T> = Omit<TextInputProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'> & {
  control: Control<T, unknown, O>
  name: FieldPath<T>
  label: string
}

/** A text input wired to the form; its message (client or server) shows under it. */
export function TextField<T extends FieldValues, O = T>({ control, name, ...props }: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...props}
          {...field}
          value={(field.value as string | null) ?? ''}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}
