// The date picker's code and styles load with this module, fetched when the page is idle after
// the filters are first drawn and drawn once a person comes to one (see date-filter.tsx).
import '@mantine/dates/styles.css'
import { DateInput } from '@mantine/dates'
import dayjs from 'dayjs'
import { useRef } from 'react'
import { useTakeFocus } from '../../components/take-focus'
import type { TakeOver } from '../../components/take-over'
import { type DateFilterProps, dateFilterWidth } from './date-filter'

type Props = DateFilterProps & { takeOver: TakeOver }

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Only a whole date counts: the input reports every keystroke, and "2" or "2024" would
 * otherwise parse as some date and filter the list while the person is still typing.
 */
const parseIsoDate = (text: string): string | null => {
  const trimmed = text.trim()
  return isoDate.test(trimmed) && dayjs(trimmed).format('YYYY-MM-DD') === trimmed ? trimmed : null
}

/**
 * DateInput holds its text itself: the stand-in's is given to it as if typed (the caret kept),
 * so a whole date typed before the picker arrived filters as it would have.
 */
function typeIn(text: string, element: HTMLInputElement, selection: [number, number] | null) {
  if (text === element.value) return
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, text)
  element.dispatchEvent(new Event('input', { bubbles: true }))
  if (selection) element.setSelectionRange(...selection)
}

/**
 * One end of the dateline range: typed as YYYY-MM-DD or picked from a calendar. Loaded once a
 * person comes to the filter (see DateFilter); when it takes the stand-in's place with the person
 * in it, it takes the focus (and, as on any focus, opens its calendar), the text typed so far and the caret.
 */
export default function DateFilterInput({ label, value, onChange, minDate, maxDate, takeOver }: Props) {
  const input = useRef<HTMLInputElement>(null)
  useTakeFocus(input, takeOver, typeIn)
  return (
    <DateInput
      ref={input}
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
      w={dateFilterWidth}
    />
  )
}
