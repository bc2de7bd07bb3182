import type { FilterChoices, FilterOption } from '../lib/filter-options'

export type FilterSelectProps = FilterChoices & {
  label: string
  /** Wide enough for the longest usual choice; long source names need more. */
  width?: number
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/** Full width on a phone, `width` from the xs breakpoint up: the select and its stand-in alike. */
export const filterSelectWidth = (width = 220) => ({ base: '100%', xs: width })

/** The label the select shows for `value`: none until the choices have loaded, as the select. */
export function selectedLabel(options: FilterChoices['options'], value: string | undefined): string {
  if (value === undefined) return ''
  for (const option of options) {
    const found: FilterOption | undefined =
      'group' in option
        ? option.items.find((item) => item.value === value)
        : option.value === value
          ? option
          : undefined
    if (found) return found.label
  }
  return ''
}
