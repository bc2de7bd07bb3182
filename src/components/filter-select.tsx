import { memo, useId } from 'react'
import type { FilterSelectProps } from './filter-select-parts'
import { FilterSelectStandIn } from './filter-select-stand-in'
import { standInUntilUsed } from './take-over'

// Mantine's Select (its combobox, popover, floating-ui positioning, scroll area, portal and
// focus trap) is not part of a list's first load, nor drawn with its first row: each filter is
// a stand-in of the same look and name until a person comes to it. The select's chunk is
// fetched at the first idle moment after a filter is first drawn, so the first press does not
// wait, yet neither its download nor its code run before the page's first row.
const useTakeOver = standInUntilUsed(() => import('./filter-select-live'))

/**
 * One reference filter: type to narrow the choices, clear to show everything again. Drawn as a
 * stand-in (FilterSelectStandIn) until the person focuses or presses it; the select then takes
 * its place, with the focus, its list open and whatever was typed. Memoized: another filter's
 * change leaves it alone.
 */
export const FilterSelect = memo(function FilterSelect(props: FilterSelectProps) {
  const id = useId()
  const [Live, takeOver, onTakeOver] = useTakeOver()
  if (Live) return <Live {...props} id={id} takeOver={takeOver} />
  return <FilterSelectStandIn {...props} id={id} onTakeOver={onTakeOver} />
})
