import { Chip, Group, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { memo, useId } from 'react'
import { type ReleaseStatus, releaseStatuses } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { releaseStatusLabel } from '../../components/status-badge'
import { countFilters, type ReleaseFilters } from './release-search'
import classes from './status-tabs.module.css'

type Props = {
  filters: ReleaseFilters
  onChange: (status: ReleaseStatus | undefined) => void
}

const ALL = 'all'
const isStatus = (value: string): value is ReleaseStatus => releaseStatuses.some((status) => status === value)

/**
 * One choice per status with how many releases the other filters leave in it, and "All".
 * Native radios sharing a name: Tab reaches the group, arrow keys move within it.
 */
export function StatusTabs({ filters, onChange }: Props) {
  const labelId = useId()
  const name = useId()
  const counts = useQuery({ ...releaseQueries.counts(countFilters(filters)), placeholderData: keepPreviousData })
  const countOf = (status: ReleaseStatus | undefined): number | undefined => {
    if (!counts.data) return undefined
    const values = counts.data.counts
    return status ? (values[status] ?? 0) : releaseStatuses.reduce((sum, each) => sum + (values[each] ?? 0), 0)
  }
  const choices = [undefined, ...releaseStatuses].map((status) => ({
    value: status ?? ALL,
    label: status ? releaseStatusLabel(status) : 'All',
    count: countOf(status),
  }))

  return (
    <Group
      className={classes.strip}
      gap="xs"
      role="radiogroup"
      aria-labelledby={labelId}
      aria-busy={counts.isPlaceholderData || undefined}
    >
      <Text id={labelId} size="sm" fw={500} mr={4}>
        Status
      </Text>
      <Chip.Group value={filters.status ?? ALL} onChange={(value) => onChange(isStatus(value) ? value : undefined)}>
        {choices.map((choice) => (
          <StatusChoice key={choice.value} {...choice} name={name} />
        ))}
      </Chip.Group>
    </Group>
  )
}

/**
 * One status and its count. Memoized: a typed search word changes the counts' query, whose
 * previous answer stays on screen until the new one arrives, so the chips are left alone until
 * a count changes (the group's own value still reaches each chip through its context).
 */
const StatusChoice = memo(function StatusChoice({
  value,
  label,
  count,
  name,
}: {
  value: string
  label: string
  count: number | undefined
  name: string
}) {
  return (
    <Chip value={value} name={name} size="xs" variant="outline">
      {label}
      {count === undefined ? null : ' '}
      {count === undefined ? null : (
        <Text span size="xs" c="dimmed" ml={6} fw={600}>
          {count}
        </Text>
      )}
    </Chip>
  )
})
