import { Group, NativeSelect, Pagination, Stack, Text } from '@mantine/core'
import { memo, useId } from 'react'
import { formatCount, formatTotal } from '../lib/counted-total'

type Props = {
  page: number
  pageSize: number
  total: number
  /**
   * The list stopped counting at `total` and more match (the release list's `totalCapped`):
   * the pages up to `total` are offered, the figure reads "1,000+" and a line says how to
   * reach the others.
   */
  totalCapped?: boolean
  /** How many rows the page on screen holds: past a capped total, the last figure of the range. */
  pageRows?: number
  /** How many match in all, when known from elsewhere (the release counts): the capped hint names it. */
  matching?: number
  pageSizes?: number[]
  onPageChange: (page: number) => void
  /** Without it the page size is fixed and not offered. */
  onPageSizeChange?: (pageSize: number) => void
}

const defaultPageSizes = [10, 25, 50, 100]

/** Memoized: a list re-rendering for a new filter or a new page of rows leaves it alone while its figures stay. */
export const TablePagination = memo(function TablePagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  pageRows,
  matching,
  pageSizes = defaultPageSizes,
  onPageChange,
  onPageSizeChange,
}: Props) {
  const hintId = useId()
  const counted = Math.max(1, Math.ceil(total / pageSize))
  // Past a capped total the pages go on: a link to one of them still shows where it is.
  const pages = totalCapped ? Math.max(counted, page) : counted
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = totalCapped ? Math.max(first - 1, first - 1 + (pageRows ?? pageSize)) : Math.min(total, page * pageSize)
  // A page past the last holds nothing: "0 of …", not "1,001–1,000 of …".
  const range = last >= first ? `${formatCount(first)}–${formatCount(last)}` : '0'
  return (
    <Stack gap={4} mt="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          {onPageSizeChange ? (
            <NativeSelect
              label="Rows per page"
              size="xs"
              value={String(pageSize)}
              data={pageSizes.map(String)}
              onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
            />
          ) : null}
          <Text size="sm" c="dimmed" aria-live="polite">
            {range} of {formatTotal({ total, totalCapped })}
          </Text>
        </Group>
        <nav aria-label="Pagination" aria-describedby={totalCapped ? hintId : undefined}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            withEdges
            getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` })}
            getItemProps={(item) => ({
              'aria-label': `Page ${item}`,
              'aria-current': item === page ? 'page' : undefined,
            })}
          />
        </nav>
      </Group>
      {totalCapped ? (
        <Text id={hintId} size="sm" c="dimmed">
          Showing the first {formatCount(total)}
          {matching !== undefined && matching > total ? ` of ${formatCount(matching)}` : ''} matches. Narrow the filters
          or change the sort to reach the others.
        </Text>
      ) : null}
    </Stack>
  )
})
