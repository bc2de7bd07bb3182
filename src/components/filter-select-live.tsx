import { Select } from '@mantine/core'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { filterSelectWidth, selectedLabel, type FilterSelectProps } from './filter-select-parts'

/** Where the stand-in left off: its text and caret, if the person is still in it. */
export type TakeOver = { text: string; selection: [number, number] | null } | null

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
  const carried = useRef(takeOver)
  useLayoutEffect(() => {
    const element = input.current
    if (!carried.current || !element) return
    element.focus()
    if (carried.current.selection) element.setSelectionRange(...carried.current.selection)
  }, [])
  useEffect(() => {
    // After the select's own first effects, which set its text to the chosen option's label.
    if (carried.current) setSearch(carried.current.text)
  }, [])
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
