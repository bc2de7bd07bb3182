import '@mantine/core/styles/FloatingIndicator.css'
import '@mantine/core/styles/SegmentedControl.css'
import { Button, Group, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import type { ReleaseListItem } from '../../api/contract'
import { ErrorView } from '../../components/error-view'
import { PageHeader } from '../../components/page-header'
import { PendingView } from '../../components/pending-view'
import { AnchorLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { localTimeZone, timeParts } from '../../lib/format'
import { publicationTime } from '../../lib/publication-time'
import { calendarQueryOf, calendarRangeOf } from './calendar-query'
import { type CalendarRange, type CalendarView, dayKey, rangeTitle, shiftAnchor } from './calendar-range'
import classes from './publication-calendar.module.css'

const route = getRouteApi('/_authenticated/calendar')

const viewLabel: Record<CalendarView, string> = { month: 'Month', week: 'Week' }

/** `/calendar`: the scheduled and published releases by the day they go out, a month or a week at a time. */
export function PublicationCalendarPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const range = calendarRangeOf(search)
  const query = useQuery({ ...calendarQueryOf(range), placeholderData: (previous) => previous })
  const go = (patch: { view?: CalendarView; date?: string | undefined }) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }) })
  const unit = search.view === 'month' ? 'month' : 'week'
  const title = rangeTitle(range)
  const byDay = groupByDay(query.data ?? [])

  return (
    <Stack gap="sm">
      <PageHeader
        title="Publication calendar"
        description={`Scheduled and published releases on the day they go out. Times in your zone (${localTimeZone()}), with Vienna's beside them when it differs.`}
      />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="wrap">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={16} aria-hidden />}
            onClick={() => go({ date: shiftAnchor(range, -1) })}
            aria-label={`Previous ${unit}`}
          >
            Previous
          </Button>
          <Button variant="default" onClick={() => go({ date: undefined })}>
            Today
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} aria-hidden />}
            onClick={() => go({ date: shiftAnchor(range, 1) })}
            aria-label={`Next ${unit}`}
          >
            Next
          </Button>
        </Group>
        <SegmentedControl
          aria-label="View"
          value={search.view}
          onChange={(value) => go({ view: value === 'week' ? 'week' : 'month', date: dayKey(range.anchor) })}
          data={[
            { value: 'month', label: viewLabel.month },
            { value: 'week', label: viewLabel.week },
          ]}
        />
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {title}
      </Title>
      {query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} title="The calendar could not be loaded" />
      ) : !query.data ? (
        <PendingView />
      ) : (
        <CalendarDays range={range} byDay={byDay} busy={query.isPlaceholderData} />
      )}
    </Stack>
  )
}

function groupByDay(releases: ReleaseListItem[]): Map<string, ReleaseListItem[]> {
  const byDay = new Map<string, ReleaseListItem[]>()
  for (const release of releases) {
    const time = publicationTime(release)
    if (!time) continue
    const key = dayKey(dayjs(time))
    byDay.set(key, [...(byDay.get(key) ?? []), release])
  }
  return byDay
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function CalendarDays({
  range,
  byDay,
  busy,
}: {
  range: CalendarRange
  byDay: Map<string, ReleaseListItem[]>
  busy: boolean
}) {
  const today = dayKey(dayjs())
  const total = [...byDay.values()].reduce((sum, releases) => sum + releases.length, 0)
  return (
    <div className={range.view === 'month' ? classes.month : classes.week} aria-busy={busy || undefined}>
      {total === 0 ? (
        <Text c="dimmed" mb="xs">
          Nothing is scheduled or published in this {range.view}.
        </Text>
      ) : null}
      {/* The weekdays above the grid, for the eye; each day's heading names its weekday for everyone. */}
      <div className={classes.weekdays} aria-hidden>
        {weekdayNames.map((name) => (
          <Text key={name} size="sm" fw={600} c="dimmed">
            {name.slice(0, 3)}
          </Text>
        ))}
      </div>
      <ol className={classes.days} aria-label={`Days of ${rangeTitle(range)}`}>
        {range.days.map((day) => (
          <Day
            key={dayKey(day)}
            day={day}
            releases={byDay.get(dayKey(day)) ?? []}
            outside={range.view === 'month' && day.month() !== range.anchor.month()}
            isToday={dayKey(day) === today}
            view={range.view}
          />
        ))}
      </ol>
    </div>
  )
}

function Day({
  day,
  releases,
  outside,
  isToday,
  view,
}: {
  day: Dayjs
  releases: ReleaseListItem[]
  outside: boolean
  isToday: boolean
  view: CalendarView
}) {
  const className = [
    classes.day,
    releases.length === 0 ? classes.empty : '',
    outside ? classes.outside : '',
    isToday ? classes.today : '',
  ]
    .filter(Boolean)
    .join(' ')
  const headingId = `calendar-day-${dayKey(day)}`
  return (
    <li className={className} aria-labelledby={headingId}>
      <Text component="h3" id={headingId} size="sm" fw={isToday ? 700 : 600} c={outside ? 'dimmed' : undefined} mb={4}>
        {/* A phone's list and a week show the weekday; the month grid has it above the column. */}
        <span aria-hidden>
          <span className={view === 'week' ? undefined : classes.phoneOnly}>{day.format('ddd')} </span>
          {day.format('D MMM')}
        </span>
        <VisuallyHidden>
          {day.format('dddd D MMMM')}
          {isToday ? ', today' : ''}
          {releases.length === 0
            ? ', nothing'
            : `, ${releases.length} ${releases.length === 1 ? 'release' : 'releases'}`}
        </VisuallyHidden>
      </Text>
      {releases.length > 0 ? (
        <ul className={classes.releases}>
          {releases.map((release) => (
            <CalendarEntry key={release.id} release={release} />
          ))}
        </ul>
      ) : null}
    </li>
  )
}

function CalendarEntry({ release }: { release: ReleaseListItem }) {
  const { local, vienna } = timeParts(publicationTime(release) ?? '')
  return (
    <li className={classes.release}>
      <Text size="xs" c="dimmed" component="span" display="block">
        {local}
        {vienna ? ` (${vienna})` : ''}
      </Text>
      <AnchorLink to="/releases/$id" params={{ id: release.id }} size="sm" fw={500} lineClamp={3}>
        {release.title}
      </AnchorLink>
      <div>
        <StatusBadge status={release.status} />
      </div>
    </li>
  )
}
