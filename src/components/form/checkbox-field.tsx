// A checkbox's styles, loaded with the forms that have one rather than by every page.
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
import { Checkbox, type CheckboxProps } from '@mantine/core'
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form'

type Props<T extends FieldValues, O = T> = Omit<
  CheckboxProps,
  'name' | 'checked' | 'value' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T, unknown, O>
  name: FieldPath<T>
  label: string
}

/** A checkbox wired to a boolean of the form; its message (client or server) shows under it. */
export function CheckboxField<T extends FieldValues, O = T>({ control, name, ...props }: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Checkbox
          {...props}
          name={field.name}
          ref={field.ref}
          checked={Boolean(field.value)}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}
