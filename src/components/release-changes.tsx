import { List, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { Release } from '../api/contract'
import { releaseHistoryQueries } from '../api/release-history'
import { releaseStatusLabel } from './status-badge'
import { ContentChangeDiff } from './content-change-diff'
import { historyTitle } from '../lib/history-text'
import { joinNames } from '../lib/format'

type Props = {
  /** The release as the person saw it when they began to decide. */
  seen: Release
  current: Release
  /** The history entries that existed then; null when they were not loaded (then: those written after `seen`). */
  knownHistory: ReadonlySet<string> | null
}

/**
 * What changed between the version a person saw and the current one: its status, version,
 * who moved it (from its history), and its text word by word. Read before deciding again.
 */
export function ReleaseChanges({ seen, current, knownHistory }: Props) {
  const history = useQuery(releaseHistoryQueries.detail(current.id))
  // The version seen was written at the later of its editorial and its metadata time.
  const seenAt = [seen.updatedAt, seen.metadataUpdatedAt ?? ''].toSorted().at(-1)!
  const since = (history.data?.items ?? []).filter((entry) =>
    knownHistory ? !knownHistory.has(entry.id) : entry.at > seenAt,
  )
  const operationsBefore = joinNames(seen.fieldOperations) || 'none'
  const operationsAfter = joinNames(current.fieldOperations) || 'none'
  return (
    <Stack gap="xs">
      <List size="sm" spacing={2}>
        <List.Item>
          Status:{' '}
          {seen.status === current.status
            ? `${releaseStatusLabel(current.status)} (as before)`
            : `${releaseStatusLabel(seen.status)} → ${releaseStatusLabel(current.status)}`}
        </List.Item>
        <List.Item>
          Version: {seen.version} → {current.version}
        </List.Item>
        {since.length > 0 ? (
          <List.Item>
            Since then:{' '}
            {since.map((entry, index) => (
              <span key={entry.id}>
                {index > 0 ? '; ' : ''}
                {historyTitle(entry)}
                {entry.actor ? (
                  <>
                    {' by '}
                    <bdi>{entry.actor.name}</bdi>
                  </>
                ) : null}
              </span>
            ))}
          </List.Item>
        ) : null}
        {operationsBefore === operationsAfter ? null : (
          <List.Item>
            Field operations: {operationsBefore} → {operationsAfter}
          </List.Item>
        )}
      </List>
      <ContentChangeDiff before={seen} after={current} sameText="Its title, summary and body are as you saw them." />
    </Stack>
  )
}
