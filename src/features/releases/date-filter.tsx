import { TextInput } from '@mantine/core'
import { lazy, memo, Suspense } from 'react'

export type DateFilterProps = {
  label: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  minDate?: string
  maxDate?: string
}

const width = { base: '100%', xs: 140 }

// @mantine/dates (the calendar, dayjs and their styles) is not part of the list's first
// load: the picker arrives a moment after the table, which never waits for it.
const DateFilterInput = lazy(() => import('./date-filter-input'))

/**
 * One end of the dateline range: typed as YYYY-MM-DD or picked from a calendar. Until the
 * picker's code has loaded, a read-only field of the same label and size holds its place.
 */
export const DateFilter = memo(function DateFilter(props: DateFilterProps) {
  return (
    <Suspense
      fallback={<TextInput label={props.label} placeholder="YYYY-MM-DD" value={props.value ?? ''} readOnly w={width} />}
    >
      <DateFilterInput {...props} />
    </Suspense>
  )
})
