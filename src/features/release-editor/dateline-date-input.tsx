import '@mantine/dates/styles.css'
import { DateInput } from '@mantine/dates'
import type { DatelineDateProps } from './dateline-date'

/** The dateline's date picker (@mantine/dates, dayjs and their styles): its own chunk, see dateline-date.tsx. */
export default function DatelineDateInput({ inputRef, value, onChange, ...rest }: DatelineDateProps) {
  return (
    <DateInput
      ref={inputRef}
      {...rest}
      valueFormat="D MMMM YYYY"
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
    />
  )
}
