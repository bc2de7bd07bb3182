import { Select } from '@mantine/core'
import { useRef, useState } from 'react'
import { filterSelectWidth, selectedLabel, type FilterSelectProps } from './filter-select-parts'
import { useTakeFocus } from './take-focus'
import type { TakeOver } from './take-over'

type Props = FilterSelectProps & { id: string; takeOver: TakeOver }

/**
 * The reference filter itself, Mantine's searchable, clearable Select, loaded once a person
 * comes to a filter (see FilterSelect). When it takes the stand-in's place with the person in
 * it, it takes the focus (and, as on any focus, opens its list), the text typed so far and the caret.
 */
export default function FilterSelectLive({ id, label, value, options, pending, onChange, width, takeOver }: Props) {
  const input = useRef<HTMLInputElement>(null)
  // The search text is held here so that the stand-in's can be carried over.
  const [search, setSearch] = useState(() => takeOver?.text ?? selectedLabel(options, value))
  // After the select's own first effects, which set its text to the chosen option's label.
  useTakeFocus(input, takeOver, setSearch)
  return (
    <Select
      ref={input}
      id={id}
      label={label}
      placeholder="Any"
      data={options}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchValue={search}
      onSearchChange={setSearch}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      nothingFoundMessage={pending ? 'Loading…' : 'Nothing found'}
      w={filterSelectWidth(width)}
    />
  )
}
