// The pills' styles: only the queue's languages filter (and the forms that pick several things) use them.
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Pill.css'
import '@mantine/core/styles/PillsInput.css'
import { MultiSelect } from '@mantine/core'
import { memo, useMemo } from 'react'
import { languageCodeSeparator } from '../../api/contract'
import { filterSelectWidth } from '../../components/filter-select-parts'
import type { FilterChoices } from '../../lib/filter-options'

type Props = FilterChoices & {
  /** The URL's and the API's form: one code or several, comma-separated (`en,fr`). */
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/**
 * The languages a reviewer reviews: several at once, each a pill, in the order picked; type to
 * narrow the choices, the clear button or Backspace to take them off. None chosen: every language.
 */
export const LanguagesFilter = memo(function LanguagesFilter({ value, options, pending, onChange }: Props) {
  const codes = useMemo(() => (value ? value.split(languageCodeSeparator) : []), [value])
  return (
    <MultiSelect
      label="Languages"
      placeholder={codes.length > 0 ? undefined : 'Any'}
      data={options}
      value={codes}
      onChange={(next) => onChange(next.length > 0 ? next.join(languageCodeSeparator) : undefined)}
      searchable
      clearable
      hidePickedOptions
      clearButtonProps={{ 'aria-label': 'Clear languages' }}
      nothingFoundMessage={pending ? 'Loading…' : 'Nothing found'}
      comboboxProps={{ keepMounted: false }}
      w={filterSelectWidth(260)}
    />
  )
})
