import { TextInput } from '@mantine/core'
import { type Ref, Suspense } from 'react'
import { lazyFetchedWhenIdle } from './second-pass'

export type DatelineDateProps = {
  inputRef: Ref<HTMLInputElement>
  /** YYYY-MM-DD, or '' when none. */
  value: string
  onChange: (value: string) => void
  onBlur: () => void
  label: string
  description: string
  required: boolean
  error: string | undefined
}

// The date picker is not part of the editor's first load: it takes over the field once here.
const DatelineDateInput = lazyFetchedWhenIdle(() => import('./dateline-date-input'))

// The picker's own format ("D MMMM YYYY"), for the field that holds its place meanwhile.
const shown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const asShown = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : shown.format(parsed)
}

/**
 * The dateline's date. Until the picker's code is here, a read-only field of the same label, size
 * and text holds its place, so nothing moves when the picker takes over.
 */
export function DatelineDate(props: DatelineDateProps) {
  const { inputRef, value, onChange: _onChange, ...rest } = props
  return (
    <Suspense fallback={<TextInput ref={inputRef} {...rest} value={asShown(value)} readOnly />}>
      <DatelineDateInput {...props} />
    </Suspense>
  )
}
