import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { commentQueries } from '../../api/comments'
import { releaseHistoryQueries } from '../../api/release-history'
import { releaseQueries } from '../../api/releases'
import { ErrorView } from '../../components/error-view'
import { useLanguages } from '../../lib/language-names'
import { ActivityEntry, type Languages } from './activity-entry'
import { firstShownIndex, mergeActivity } from './activity-items'
import classes from './activity.module.css'
import { CommentForm } from './comment-form'

/** How many of the latest entries show at first, and how many more each "Show earlier" adds. */
const LATEST = 10
const STEP = 20

/**
 * Everything that happened to a release, in one stream: its steps (with the reviewer's request
 * or the note written with them, the publication time, assignments) and the comments, oldest
 * first, so the newest sits at the bottom next to the comment form, as in a conversation. A long
 * stream shows its latest entries, with the earlier ones a click away. Comments are text, never HTML.
 * A version of a release in several languages says which one the stream is of: each language
 * version has its own (decision 0020).
 */
export function ActivityStream({ releaseId }: { releaseId: string }) {
  const history = useQuery(releaseHistoryQueries.detail(releaseId))
  const comments = useQuery(commentQueries.list(releaseId))
  useHistoryInStep(releaseId, history.data?.items.at(-1)?.to)
  const languages = useLanguagesOf(releaseId)
  const titleId = useId()
  const failed = history.isError ? history : comments.isError ? comments : null

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb={languages ? 0 : 'sm'}>
        Activity
      </Title>
      {languages ? (
        <Text size="xs" c="dimmed" mb="sm">
          Of the {languages.version} version: each language version has its own.
        </Text>
      ) : null}
      <Stack gap="md">
        {failed ? (
          <ErrorView
            title="The activity could not be loaded"
            error={failed.error}
            onRetry={() => {
              if (history.isError) void history.refetch()
              if (comments.isError) void comments.refetch()
            }}
          />
        ) : history.data && comments.data ? (
          <Stream items={mergeActivity(history.data.items, comments.data.items)} languages={languages} />
        ) : (
          <Text size="sm" c="dimmed" component="output">
            Loading the activity…
          </Text>
        )}
        <CommentForm releaseId={releaseId} />
      </Stack>
    </Paper>
  )
}

/**
 * The languages of the release's family when it has more than one version: this version's, and
 * its original's (a confirmation names it). Null for a release in one language, which needs no label.
 * The release is on the page already: read from the cache, never fetched again for this.
 */
function useLanguagesOf(releaseId: string): Languages | null {
  const release = useQuery({ ...releaseQueries.detail(releaseId), staleTime: Infinity }).data
  const { nameOf } = useLanguages()
  if (!release || release.versions.length < 2) return null
  const original = release.versions.find((version) => version.original)
  return { version: nameOf(release.language), original: original ? nameOf(original.language) : null }
}

function Stream({ items, languages }: { items: ReturnType<typeof mergeActivity>; languages: Languages | null }) {
  // Anchored to an entry, not a count: what arrives later (a comment just posted) adds to the view.
  const [firstShown, setFirstShown] = useState<string | null>(null)
  const start = firstShownIndex(items, LATEST, firstShown)
  const list = useRef<HTMLOListElement>(null)

  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened yet.
      </Text>
    )
  return (
    <Stack gap="sm">
      {start > 0 ? (
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            Showing the latest {items.length - start} of {items.length}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              flushSync(() => setFirstShown(items[Math.max(0, start - STEP)]!.key))
              // Its button may be gone now: focus goes to the earliest entry it revealed.
              list.current?.querySelector<HTMLElement>(':scope > li')?.focus()
            }}
          >
            Show {Math.min(STEP, start)} earlier
          </Button>
        </Group>
      ) : null}
      <ol ref={list} className={classes.list} aria-label="Activity">
        {items.slice(start).map((item) => (
          <li key={item.key} className={classes.item} tabIndex={-1}>
            <ActivityEntry item={item} languages={languages} />
          </li>
        ))}
      </ol>
    </Stack>
  )
}

/**
 * The history read with the release can be a moment older than it: the two are separate
 * requests, and a scheduled release may go out between them. When the release's status is not
 * the one its last history entry leads to, the history is read again, once per version.
 */
function useHistoryInStep(releaseId: string, lastTo: string | undefined) {
  const release = useQuery(releaseQueries.detail(releaseId)).data
  const queryClient = useQueryClient()
  const behind = release !== undefined && lastTo !== undefined && lastTo !== release.status
  const version = release?.version
  useEffect(() => {
    // Once for each version of the release (a refetch that is still behind does not loop).
    if (behind && version !== undefined)
      void queryClient.invalidateQueries({ queryKey: releaseHistoryQueries.detail(releaseId).queryKey })
  }, [behind, version, releaseId, queryClient])
}
