import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { memo, useCallback, useEffect, useRef, useState } from 'react'

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
  const latestOnSearch = useRef(onSearch)
  useEffect(() => {
    latestOnSearch.current = onSearch
  }, [onSearch])
  const send = useCallback((next: string) => {
    setSent(next)
    latestOnSearch.current(next)
  }, [])
  // Searching on every keystroke would send a request per letter even in a fast run of them.
  // 100 ms folds such a run (letters under 100 ms apart) into one request; most people's gaps
  // between letters are longer than 150 ms anyway, so a longer wait would save few requests
  // and make every search wait that much longer after the last letter.
  const search = useDebouncedCallback((next: string) => send(next.trim()), 100)
  // Stable, so the box is not drawn again when the list's view changes around it.
  const onText = useCallback(
    (next: string) => {
      setText(next)
      search(next)
    },
    [search],
  )
  const onClear = useCallback(() => {
    search.cancel()
    setText('')
    send('')
  }, [search, send])
  const onEnter = useCallback(() => search.flush(), [search])
  return (
    <SearchInput
      label={label}
      placeholder={placeholder}
      text={text}
      onText={onText}
      onClear={onClear}
      onEnter={onEnter}
    />
  )
}

/**
 * The box itself. Memoized: the URL taking the word this box sent (the list's new view) does not
 * draw its label, icon and input again; only a letter typed or the URL's own text does.
 */
const SearchInput = memo(function SearchInput({
  label,
  placeholder,
  text,
  onText,
  onClear,
  onEnter,
}: {
  label: string
  placeholder: string
  text: string
  onText: (text: string) => void
  onClear: () => void
  onEnter: () => void
}) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      value={text}
      maxLength={200}
      w={{ base: '100%', xs: 260 }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={text ? <CloseButton aria-label="Clear search" onClick={onClear} /> : null}
      onChange={(event) => onText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onEnter()
      }}
    />
  )
})
