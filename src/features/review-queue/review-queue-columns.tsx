import { Badge, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react'
import type { ReleaseListItem } from '../../api/contract'
import type { Column } from '../../components/data-table'
import { ReleaseTitleLink } from '../../components/release-title-link'
import { SortButton, sortDirection } from '../../components/sort-button'
import { formatDateline, formatDateTime } from '../../lib/format'
import { releaseTypeLabels } from '../../lib/release-type-label'
import type { ReviewQueueSearch } from './review-queue-search'
import { longWaitDays, waitingTime, waitsLong } from './waiting-time'

type Sort = ReviewQueueSearch['sort']

/** Said in words and with an icon, so the mark does not rest on colour. */
function LongWait() {
  return (
    <Badge
      variant="default"
      size="sm"
      // The words carry the contrast (default text colour); the orange icon is for scanning.
      leftSection={<IconAlertTriangle size={12} color="var(--mantine-color-orange-filled)" aria-hidden />}
      title={`Waiting more than ${longWaitDays} days`}
    >
      Long wait
    </Badge>
  )
}

/** Sent back once and resubmitted: its page shows what changed since the request. */
function BackAfterChanges() {
  return (
    <Badge
      variant="default"
      size="sm"
      leftSection={<IconArrowBackUp size={12} aria-hidden />}
      title="Changes were asked for; its page shows what changed since"
    >
      Back after changes
    </Badge>
  )
}

function Waiting({ release, now }: { release: ReleaseListItem; now: Date }) {
  if (!release.submittedAt) return '—'
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {waitingTime(release.submittedAt, now)}
      </Text>
      {waitsLong(release.submittedAt, now) ? <LongWait /> : null}
      {release.changesRequestedAt ? <BackAfterChanges /> : null}
      <Text size="xs" c="dimmed">
        <time dateTime={release.submittedAt}>{formatDateTime(release.submittedAt)}</time>
      </Text>
    </Stack>
  )
}

const names = (refs: { name: string }[]) => refs.map((ref) => ref.name).join(', ') || '—'

/**
 * The queue's columns. Waiting sorts by submission time: the one waiting longest (submitted
 * first) is the top of a "descending" waiting column; Dateline sorts newest first on first click.
 */
export function reviewQueueColumns(
  sort: Sort,
  onSort: (sort: Sort) => void,
  now: Date,
  languageName: (code: string) => string,
): Column<ReleaseListItem>[] {
  const waiting = sort === 'submittedAt' ? 'descending' : sort === '-submittedAt' ? 'ascending' : 'none'
  const dateline = sortDirection(sort, 'dateline')
  return [
    {
      key: 'title',
      header: 'Title',
      rowHeader: true,
      minWidth: '18rem',
      cell: (release) => <ReleaseTitleLink release={release} />,
    },
    {
      key: 'submittedAt',
      header: (
        <SortButton
          label="Waiting"
          direction={waiting}
          onClick={() => onSort(waiting === 'descending' ? '-submittedAt' : 'submittedAt')}
        />
      ),
      ariaSort: waiting,
      minWidth: '10rem',
      cell: (release) => <Waiting release={release} now={now} />,
    },
    {
      key: 'dateline',
      header: (
        <SortButton
          label="Dateline"
          direction={dateline}
          onClick={() => onSort(dateline === 'descending' ? 'dateline' : '-dateline')}
        />
      ),
      ariaSort: dateline,
      minWidth: '12rem',
      cell: (release) => formatDateline(release.dateline),
    },
    // Each version is reviewed on its own: its language says who can review it. One column with
    // the type, so that every column stays in view at 1280 px (a column of its own cut Author off).
    {
      key: 'type',
      header: 'Type, language',
      cell: (release) => (
        <>
          {releaseTypeLabels[release.type]}
          <Text size="xs" c="dimmed">
            {languageName(release.language)}
          </Text>
        </>
      ),
    },
    { key: 'sources', header: 'Sources', cell: (release) => names(release.sources) },
    { key: 'author', header: 'Author', minWidth: '9rem', cell: (release) => release.author.name },
  ]
}
