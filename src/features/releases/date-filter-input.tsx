// The date picker's code and styles load with this module, after the list's first paint
// (date-filter.tsx loads it lazily): the table does not wait for a calendar.
import '@mantine/dates/styles.css'
import { DateInput } from '@mantine/dates'
import dayjs from 'dayjs'
import type { DateFilterProps as Props } from './date-filter'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Only a whole date counts: the input reports every keystroke, and "2" or "2024" would
 * otherwise parse as some date and filter the list while the person is still typing.
 */
const parseIsoDate = (text: string): string | null => {
  const trimmed = text.trim()
  return isoDate.test(trimmed) && dayjs(trimmed).format('YYYY-MM-DD') === trimmed ? trimmed : null
}

/** One end of the dateline range: typed as YYYY-MM-DD or picked from a calendar. */
export default function DateFilterInput({ label, value, onChange, minDate, maxDate }: Props) {
  return (
    <DateInput
      label={label}
      placeholder="YYYY-MM-DD"
      valueFormat="YYYY-MM-DD"
      dateParser={parseIsoDate}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      minDate={minDate}
      maxDate={maxDate}
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()} date` }}
      w={{ base: '100%', xs: 140 }}
    />
  )
}
