import './styles'
import { Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { createSpotlight, Spotlight } from '@mantine/spotlight'
import { IconBuildingCommunity, IconFileText, IconFlag, IconPlus, IconSearch } from '@tabler/icons-react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { fieldOperationQueries } from '../../api/field-operations'
import { releaseQueries } from '../../api/releases'
import { stateQueries } from '../../api/states'
import { pagesFor } from '../../components/layout/app-pages'
import { useAuth } from '../../lib/auth/use-auth'
import { canCreateRelease, matches } from './palette-pages'
import { SelectFirstResult } from './select-first'

// The palette's own store: the launcher owns Ctrl+K (the shortcut is off here), so this
// code loads only when someone first asks for it.
const [store, palette] = createSpotlight()

const RELEASE_LIMIT = 8
const OTHER_LIMIT = 5

type Props = { openRequest: number }

/** Pages, releases by title, States and field operations by name, and New release, in one search. */
export default function CommandPalette({ openRequest }: Props) {
  const [query, setQuery] = useState('')
  const [opened, setOpened] = useState(false)
  const [debounced] = useDebouncedValue(query.trim(), 250)
  const navigate = useNavigate()
  const { user } = useAuth()

  useEffect(() => {
    if (openRequest > 0) palette.open()
  }, [openRequest])

  const releases = useQuery({
    ...releaseQueries.list({ q: debounced, pageSize: RELEASE_LIMIT, sort: '-updatedAt' }),
    enabled: opened && debounced.length >= 2,
    placeholderData: keepPreviousData,
  })
  const states = useQuery({ ...stateQueries.allRecords(), enabled: opened })
  const operations = useQuery({ ...fieldOperationQueries.allRecords(), enabled: opened })

  if (!user) return null
  const typed = query.trim()
  const pages = pagesFor(user.role).filter((page) => matches(page.label, typed))
  const newRelease = canCreateRelease(user.role) && matches('New release', typed)
  const foundReleases = typed.length >= 2 && debounced === typed ? (releases.data?.items ?? []) : []
  const foundStates = typed
    ? (states.data?.items ?? []).filter((state) => matches(state.name, typed)).slice(0, OTHER_LIMIT)
    : []
  const foundOperations = typed
    ? (operations.data?.items ?? []).filter((operation) => matches(operation.name, typed)).slice(0, OTHER_LIMIT)
    : []
  const searching = typed.length >= 2 && (debounced !== typed || releases.isFetching)
  const nothing = pages.length + foundReleases.length + foundStates.length + foundOperations.length === 0 && !newRelease
  // The results in order: when they change, Enter opens the first (unless ↓ chose another).
  const results = [
    newRelease ? 'new' : '',
    ...pages.map((page) => page.to),
    ...foundReleases.map((release) => release.id),
    ...foundStates.map((state) => state.id),
    ...foundOperations.map((operation) => operation.id),
  ].join(' ')

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      clearQueryOnClose
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Search pages, releases, States, field operations…"
        aria-label="Search pages, releases, States and field operations"
        leftSection={<IconSearch size={18} stroke={1.5} aria-hidden />}
      />
      <Spotlight.ActionsList aria-label="Results">
        {newRelease ? (
          <Spotlight.ActionsGroup label="Actions">
            <Spotlight.Action
              label="New release"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => void navigate({ to: '/releases/new' })}
            />
          </Spotlight.ActionsGroup>
        ) : null}
        {pages.length > 0 ? (
          <Spotlight.ActionsGroup label="Pages">
            {pages.map((page) => (
              <Spotlight.Action key={page.to} label={page.label} onClick={() => void navigate({ to: page.to })} />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {foundReleases.length > 0 ? (
          <Spotlight.ActionsGroup label="Releases">
            {foundReleases.map((release) => (
              <Spotlight.Action
                key={release.id}
                label={release.title}
                description={release.status.replace('-', ' ')}
                leftSection={<IconFileText size={18} aria-hidden />}
                onClick={() => void navigate({ to: '/releases/$id', params: { id: release.id } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {foundStates.length > 0 ? (
          <Spotlight.ActionsGroup label="Participating States">
            {foundStates.map((state) => (
              <Spotlight.Action
                key={state.id}
                label={state.name}
                leftSection={<IconFlag size={18} aria-hidden />}
                onClick={() => void navigate({ to: '/states', search: { q: state.name } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {foundOperations.length > 0 ? (
          <Spotlight.ActionsGroup label="Field operations">
            {foundOperations.map((operation) => (
              <Spotlight.Action
                key={operation.id}
                label={operation.name}
                leftSection={<IconBuildingCommunity size={18} aria-hidden />}
                onClick={() => void navigate({ to: '/field-operations/$id', params: { id: operation.id } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {searching ? (
          <Text size="sm" c="dimmed" p="sm" component="output">
            Searching releases…
          </Text>
        ) : nothing ? (
          <Spotlight.Empty>Nothing found for “{typed}”.</Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
      <SelectFirstResult store={store} results={results} />
    </Spotlight.Root>
  )
}
