import { Text } from '@mantine/core'
import { IconArrowRight, IconMessage } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { HistoryEntry } from '../../api/contract'
import { ContentChangeDiff } from '../../components/content-change-diff'
import { formatDateTime } from '../../lib/format'
import { historyMove, historyTitle } from '../../lib/history-text'
import type { ActivityItem } from './activity-items'
import classes from './activity.module.css'

/** The language of the version the stream is of, and of its original; null for a release in one language. */
export type Languages = { version: string; original: string | null }

/**
 * One line of the activity stream: what happened, who did it and when, then what they wrote.
 * Names and written text are typed by people inside the app's wording: each sits in a <bdi> so
 * its direction stays its own. A new kind of entry is one more branch here.
 */
export function ActivityEntry({ item, languages = null }: { item: ActivityItem; languages?: Languages | null }) {
  if (item.type === 'comment') {
    const { comment } = item
    return (
      <Entry
        icon={<IconMessage size={14} aria-hidden />}
        title="Comment"
        who={comment.author.name}
        at={comment.createdAt}
      >
        <Text size="sm" className={classes.comment}>
          <bdi>{comment.body}</bdi>
        </Text>
      </Entry>
    )
  }
  return <HistoryLine entry={item.entry} languages={languages} />
}

function HistoryLine({ entry, languages }: { entry: HistoryEntry; languages: Languages | null }) {
  return (
    <Entry
      icon={<IconArrowRight size={14} aria-hidden />}
      title={historyTitle(entry)}
      who={entry.actor?.name ?? null}
      at={entry.at}
      system
    >
      {/* An assignment leaves the status as it was: its line says what changed instead. */}
      {entry.kind === 'assigned' ? null : <Text size="sm">{historyMove(entry)}</Text>}
      {/* A reviewer's confirmation of a translation: against which words of the original (decision 0020). */}
      {entry.kind === 'confirm-translation' && entry.originalRevision !== undefined ? (
        <Text size="xs">
          {languages?.version ? `The ${languages.version} translation follows` : 'It follows'} the
          {languages?.original ? ` ${languages.original}` : ''} original as of its revision {entry.originalRevision},
          without a new review.
        </Text>
      ) : null}
      {/* A reviewer's correction in review: what they changed, word by word (decision 0016). */}
      {entry.kind === 'edited-in-review' && entry.contentBefore && entry.content ? (
        <ContentChangeDiff before={entry.contentBefore} after={entry.content} />
      ) : null}
      {entry.publishAt ? (
        <Text size="xs">
          {/* Returned to draft: the time it had, now cancelled. */}
          {entry.kind === 'unschedule' ? 'Publication cancelled: ' : 'Publication time: '}
          <time dateTime={entry.publishAt}>{formatDateTime(entry.publishAt)}</time>
        </Text>
      ) : null}
      {entry.comment === null ? null : entry.kind === 'assigned' ? (
        <Text size="sm">
          <bdi>{entry.comment}</bdi>
        </Text>
      ) : (
        // What the person wrote with the step (the reviewer's request, a recall's note).
        <Text size="sm" className={classes.note}>
          “<bdi>{entry.comment}</bdi>”
        </Text>
      )}
    </Entry>
  )
}

function Entry({
  icon,
  title,
  who,
  at,
  system = false,
  children,
}: {
  icon: ReactNode
  title: string
  /** Null when the system did it (a scheduled release published on time). */
  who: string | null
  at: string
  system?: boolean
  children: ReactNode
}) {
  return (
    <>
      <span className={system ? classes.bullet : `${classes.bullet} ${classes.commentBullet}`} aria-hidden>
        {icon}
      </span>
      <div className={classes.body}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {who === null ? 'Automatically' : <bdi>{who}</bdi>}, <time dateTime={at}>{formatDateTime(at)}</time>
        </Text>
        {children}
      </div>
    </>
  )
}
