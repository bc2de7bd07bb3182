import { Chip, Group, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { createContext, memo, use, useCallback, useId } from 'react'
import { type ReleaseCounts, type ReleaseStatus, releaseStatuses } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { releaseStatusLabel } from '../../components/status-badge'
import { formatCount } from '../../lib/counted-total'
import { countFilters, type ReleaseFilters } from './release-search'
import classes from './status-tabs.module.css'

type Props = {
  filters: ReleaseFilters
  onChange: (status: ReleaseStatus | undefined) => void
}

const ALL = 'all'
const isStatus = (value: string): value is ReleaseStatus => releaseStatuses.some((status) => status === value)
const choices = [undefined, ...releaseStatuses].map((status) => ({
  value: status ?? ALL,
  label: status ? releaseStatusLabel(status) : 'All',
}))

/** The counts on screen: read by each choice's number alone, so new counts redraw only the numbers. */
const CountsContext = createContext<ReleaseCounts | undefined>(undefined)

/**
 * One choice per status with how many releases the other filters leave in it, and "All".
 * Native radios sharing a name: Tab reaches the group, arrow keys move within it.
 */
export function StatusTabs({ filters, onChange }: Props) {
  const labelId = useId()
  const name = useId()
  const counts = useQuery({ ...releaseQueries.counts(countFilters(filters)), placeholderData: keepPreviousData })
  const selected = filters.status ?? ALL
  const select = useCallback((value: string) => onChange(isStatus(value) ? value : undefined), [onChange])

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
      <CountsContext value={counts.data}>
        {choices.map((choice) => (
          <StatusChoice
            key={choice.value}
            {...choice}
            name={name}
            checked={choice.value === selected}
            onSelect={select}
          />
        ))}
      </CountsContext>
    </Group>
  )
}

/**
 * One status. Memoized, and without a Chip.Group (whose context is new on every render, which
 * would draw every chip again): a chip is drawn again only when it is chosen or left; a typed
 * search word, which changes the counts, redraws the numbers alone.
 */
const StatusChoice = memo(function StatusChoice({
  value,
  label,
  name,
  checked,
  onSelect,
}: {
  value: string
  label: string
  name: string
  checked: boolean
  onSelect: (value: string) => void
}) {
  return (
    <Chip
      type="radio"
      value={value}
      name={name}
      size="xs"
      variant="outline"
      checked={checked}
      onChange={(nowChecked) => {
        if (nowChecked) onSelect(value)
      }}
    >
      {label}
      <ChoiceCount value={value} />
    </Chip>
  )
})

/**
 * How many families a choice holds under the other filters; nothing until the counts first
 * arrive. "All" is the families in any status: one with versions in two statuses counts in both.
 */
function ChoiceCount({ value }: { value: string }) {
  const answer = use(CountsContext)
  if (!answer) return null
  const count = isStatus(value) ? (answer.counts[value] ?? 0) : answer.total
  return (
    <>
      {' '}
      <Text span size="xs" c="dimmed" ml={6} fw={600}>
        {formatCount(count)}
      </Text>
    </>
  )
}
