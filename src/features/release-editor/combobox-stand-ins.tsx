import { ComboboxChevron, InputBase } from '@mantine/core'

type Props = {
  label: string
  description?: string
  required?: boolean
  error?: string
  /** What the field shows: the chosen option's label, or the text typed. */
  value: string
  maw?: number
}

/**
 * Holds a Select's place until its chunk is here (see comboboxes.ts): Mantine's input of the same
 * label, box, chevron and chosen option, built from the parts the Select is made of, without the
 * combobox. Inert, as the pickers' stand-ins: nothing in it can be reached or used meanwhile.
 */
export function SelectStandIn({ value, error, ...labels }: Props) {
  return (
    <div inert>
      <InputBase
        __staticSelector="Select"
        {...labels}
        error={error}
        value={value}
        readOnly
        pointer
        __defaultRightSection={<ComboboxChevron error={error} />}
        rightSectionPointerEvents="none"
      />
    </div>
  )
}

/** Holds an Autocomplete's place until its chunk is here, as SelectStandIn does: the same box and text. */
export function AutocompleteStandIn({ value, ...labels }: Props) {
  return (
    <div inert>
      <InputBase __staticSelector="Autocomplete" {...labels} value={value} readOnly />
    </div>
  )
}
