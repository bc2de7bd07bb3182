// The pills' styles: only the queue's languages filter (and the forms that pick several things) use them.
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Pill.css'
import '@mantine/core/styles/PillsInput.css'
import { MultiSelect, Pill } from '@mantine/core'
import { memo, useState } from 'react'
import { languageCodeSeparator } from '../../api/contract'
import { filterSelectWidth } from '../../components/filter-select-parts'
import type { FilterChoices } from '../../lib/filter-options'
import { useLanguages } from '../../lib/language-names'

type Props = FilterChoices & {
  /** The URL's and the API's form: one code or several, comma-separated (`en,fr`). */
  value: string | undefined
  onChange: (value: string | undefined) => void
}

const codesOf = (value: string | undefined) => (value ? value.split(languageCodeSeparator) : [])

/**
 * The languages a reviewer reviews: several at once, each a pill named in English (the list
 * names each in itself too), in the order picked; type to narrow the choices, Backspace or the
 * clear button to take them off. None chosen: every language.
 */
export const LanguagesFilter = memo(function LanguagesFilter({ value, options, pending, onChange }: Props) {
  const { nameOf } = useLanguages()
  // Held here as well as in the URL: the URL changes once the queue's answer is in, and a second
  // language picked meanwhile must add to the first, not replace it.
  const [codes, setCodes] = useState(() => codesOf(value))
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setCodes(codesOf(value))
  }
  return (
    <MultiSelect
      label="Languages"
      placeholder={codes.length > 0 ? undefined : 'Any'}
      data={options}
      value={codes}
      onChange={(next) => {
        setCodes(next)
        onChange(next.length > 0 ? next.join(languageCodeSeparator) : undefined)
      }}
      renderPill={({ value: code, onRemove }) =>
        code === undefined ? null : (
          <Pill withRemoveButton onRemove={onRemove}>
            {nameOf(code)}
          </Pill>
        )
      }
      searchable
      clearable
      hidePickedOptions
      clearButtonProps={{ 'aria-label': 'Clear languages' }}
      nothingFoundMessage={pending ? 'Loading…' : 'Nothing found'}
      comboboxProps={{ keepMounted: false }}
      styles={{ inputField: { minWidth: '3rem' } }}
      w={filterSelectWidth(320)}
    />
  )
})
