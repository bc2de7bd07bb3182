import { Select } from '@mantine/core'
import { memo } from 'react'
import type { FilterChoices } from '../lib/filter-options'

type Props = FilterChoices & {
  label: string
  /** Wide enough for the longest usual choice; long source names need more. */
  width?: number
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/** One reference filter: type to narrow the choices, clear to show everything again. Memoized: another filter's change leaves it alone. */
export const FilterSelect = memo(function FilterSelect({
  label,
  value,
  options,
  pending,
  onChange,
  width = 220,
}: Props) {
  return (
    <Select
      label={label}
      placeholder="Any"
      data={options}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      nothingFoundMessage={pending ? 'Loading…' : 'Nothing found'}
      w={{ base: '100%', xs: width }}
    />
  )
})
