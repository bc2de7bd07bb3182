import { DateInput } from '@mantine/dates'
import dayjs from 'dayjs'

type Props = {
  label: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  minDate?: string
  maxDate?: string
}

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
export function DateFilter({ label, value, onChange, minDate, maxDate }: Props) {
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
      w={{ base: '100%', xs: 150 }}
    />
  )
}
