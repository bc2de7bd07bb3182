import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'

type Props = { value: string; onSearch: (text: string) => void }

/** Free text over title, summary and body, sent once the typing pauses. */
export function SearchInput({ value, onSearch }: Props) {
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
  // Searching on every keystroke would send a request per letter.
  const search = useDebouncedCallback((next: string) => send(next.trim()), 300)
  return (
    <TextInput
      label="Search"
      placeholder="Title, summary or text"
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
