import { Group, NativeSelect, Pagination, Text } from '@mantine/core'
import { memo } from 'react'

type Props = {
  page: number
  pageSize: number
  total: number
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
  pageSizes = defaultPageSizes,
  onPageChange,
  onPageSizeChange,
}: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
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
          {first}–{last} of {total}
        </Text>
      </Group>
      <nav aria-label="Pagination">
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
  )
})
