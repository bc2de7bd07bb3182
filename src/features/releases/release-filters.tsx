import { CloseButton, Group, NativeSelect, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { type ReleaseStatus, releaseStatuses } from '../../api/contract'
import { releaseStatusLabel } from '../../components/status-badge'

type Filters = { q: string | undefined; status: ReleaseStatus | undefined }

type Props = Filters & { onChange: (patch: Partial<Filters>) => void }

const isStatus = (value: string): value is ReleaseStatus => releaseStatuses.some((status) => status === value)

/** Free text and status; both live in the URL, so a link or a reload shows the same list. */
export function ReleaseFilters({ q, status, onChange }: Props) {
  return (
    <Group align="flex-end" gap="sm">
      <SearchInput value={q ?? ''} onSearch={(text) => onChange({ q: text || undefined })} />
      <NativeSelect
        label="Status"
        value={status ?? ''}
        data={[{ value: '', label: 'All statuses' }, ...releaseStatuses.map((value) => ({ value, label: releaseStatusLabel(value) }))]}
        onChange={(event) => {
          const value = event.currentTarget.value
          onChange({ status: isStatus(value) ? value : undefined })
        }}
      />
    </Group>
  )
}

function SearchInput({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value)
  const [sent, setSent] = useState(value)
  const [previousValue, setPreviousValue] = useState(value)
  // The URL changed from outside (back button, a link): show its text. A change that this
  // box sent itself is left alone, or letters typed since would be lost.
  if (value !== previousValue) {
    setPreviousValue(value)
    if (value !== sent) setText(value)
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
      placeholder="Title, summary or place"
      type="search"
      value={text}
      maxLength={200}
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
