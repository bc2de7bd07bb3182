import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'

type Props = { value: string; onSearch: (text: string) => void; placeholder: string; label?: string }

/** Free-text search for a list whose view lives in the URL: sent once the typing pauses. */
export function SearchField({ value, onSearch, placeholder, label = 'Search' }: Props) {
  const [text, setText] = useState(value)
  const [sent, setSent] = useState(value)
  const [previousValue, setPreviousValue] = useState(value)
  // The URL changed from outside (back button, a link, Clear filters): show its text. A
  // change that this box sent itself is left alone, or letters typed since would be lost.
  if (value !== previousValue) {
    setPreviousValue(value)
    if (value !== sent) {
      setText(value)
      setSent(value)
    }
  }
  const send = (next: string) => {
    setSent(next)
    onSearch(next)
  }
  // Searching on every keystroke would send a request per letter even in a fast run of them.
  // 100 ms folds such a run (letters under 100 ms apart) into one request; most people's gaps
  // between letters are longer than 150 ms anyway, so a longer wait would save few requests
  // and make every search wait that much longer after the last letter.
  const search = useDebouncedCallback((next: string) => send(next.trim()), 100)
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      value={text}
      maxLength={200}
      w={{ base: '100%', xs: 260 }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            onClick={() => {
              search.cancel()
              setText('')
              send('')
            }}
          />
        ) : null
      }
      onChange={(event) => {
        setText(event.currentTarget.value)
        search(event.currentTarget.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush()
      }}
    />
  )
}
