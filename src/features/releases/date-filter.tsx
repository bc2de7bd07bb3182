import { Input, InputBase } from '@mantine/core'
import { memo, useState } from 'react'
import { standInUntilUsed, useTakeOverOn } from '../../components/take-over'

export type DateFilterProps = {
  label: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  minDate?: string
  maxDate?: string
}

// @mantine/dates (the calendar, its popover, dayjs and their styles) is not part of the list's
// first load, nor drawn with its first row: each end of the range is a stand-in of the same look
// and name until a person comes to it. The picker's chunk is fetched at the first idle moment
// after the filters are first drawn, so the first press does not wait.
const useTakeOver = standInUntilUsed(() => import('./date-filter-input'))

/** Full width on a phone, 140 px from the xs breakpoint up: the stand-in and the picker alike. */
export const dateFilterWidth = { base: '100%', xs: 140 }

type StandInProps = DateFilterProps & { onTakeOver: (input: HTMLInputElement) => void }

/**
 * The date filter as the page first draws it: Mantine's input of the same label, box,
 * placeholder and date (built as DateInput builds its own, without the calendar and popover).
 * It keeps what is typed in it until the picker takes over, and its clear button clears as the
 * picker's does.
 */
export function DateFilterStandIn({ label, value, onChange, onTakeOver }: StandInProps) {
  const [typed, setTyped] = useState<string | null>(null)
  const takeOverOn = useTakeOverOn(onTakeOver)
  return (
    <InputBase
      __staticSelector="DateInput"
      label={label}
      // In the order DateInput gives them, so that the two are drawn alike to the attribute.
      data-dates-input
      autoComplete="off"
      placeholder="YYYY-MM-DD"
      value={typed ?? value ?? ''}
      onChange={(event) => setTyped(event.currentTarget.value)}
      {...takeOverOn}
      __clearSection={
        <Input.ClearButton aria-label={`Clear ${label.toLowerCase()} date`} onClick={() => onChange(undefined)} />
      }
      __clearable={value !== undefined}
      w={dateFilterWidth}
    />
  )
}

/**
 * One end of the dateline range: typed as YYYY-MM-DD or picked from a calendar. Drawn as a
 * stand-in (DateFilterStandIn) until the person focuses or presses it; the picker then takes its
 * place, with the focus, its calendar open and whatever was typed.
 */
export const DateFilter = memo(function DateFilter(props: DateFilterProps) {
  const [Live, takeOver, onTakeOver] = useTakeOver()
  if (Live) return <Live {...props} takeOver={takeOver} />
  return <DateFilterStandIn {...props} onTakeOver={onTakeOver} />
})
