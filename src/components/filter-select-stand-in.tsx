import { ComboboxChevron, ComboboxClearButton, InputBase } from '@mantine/core'
import { useState } from 'react'
import { filterSelectWidth, selectedLabel, type FilterSelectProps } from './filter-select-parts'
import { useTakeOverOn } from './take-over'

type Props = FilterSelectProps & {
  id: string
  /** The person has come to the field (focus, a press, its label): the real select takes its place. */
  onTakeOver: (input: HTMLInputElement) => void
}

/**
 * The reference filter as the page first draws it: Mantine's input of the same label, box,
 * "Any" placeholder, chevron and chosen option, built from the parts the Select itself is made
 * of (InputBase, its chevron and clear button) without the combobox, popover and positioning.
 * A combobox of the same name, so a person (and a test) finds it as they would the select; it
 * keeps what is typed in it until the select takes over. Its clear button clears as the select's.
 */
export function FilterSelectStandIn({ id, label, value, options, onChange, width, onTakeOver }: Props) {
  const chosen = selectedLabel(options, value)
  const [typed, setTyped] = useState<string | null>(null)
  const clearLabel = `Clear ${label.toLowerCase()}`
  const takeOverOn = useTakeOverOn(onTakeOver)
  return (
    <InputBase
      __staticSelector="Select"
      id={id}
      label={label}
      placeholder="Any"
      value={typed ?? chosen}
      onChange={(event) => setTyped(event.currentTarget.value)}
      {...takeOverOn}
      // The attributes Mantine's Combobox.Target gives the select's input while its list is closed
      // (no list, so nothing to control yet); it is an input, the role says it opens a list.
      // oxlint-disable-next-line jsx-a11y/role-has-required-aria-props, jsx-a11y/prefer-tag-over-role
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      autoComplete="off"
      __defaultRightSection={<ComboboxChevron size="sm" />}
      __clearSection={<ComboboxClearButton aria-label={clearLabel} onClear={() => onChange(undefined)} />}
      __clearable={value !== undefined}
      rightSectionPointerEvents="none"
      w={filterSelectWidth(width)}
    />
  )
}
