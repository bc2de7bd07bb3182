import { Anchor } from '@mantine/core'
import { memo, type ReactNode, useMemo } from 'react'
import type { ReleaseListItem, ReleasePage } from '../../api/contract'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { formatTotal } from '../../lib/counted-total'
import { useLanguages } from '../../lib/language-names'
import { LanguageNamesContext } from './language-badges'
import { releaseColumns } from './release-columns'
import { hasFilters, type ReleaseSearch } from './release-search'

type Props = {
  /** With `totalCapped`: the caption then reads "Releases (1,000+)". */
  page: ReleasePage
  search: ReleaseSearch
  busy: boolean
  onSort: (sort: ReleaseSearch['sort']) => void
  /** Offered when filters leave nothing: the way back to every release. */
  emptyAction: ReactNode
  onFirstPage: () => void
  /** Admins' checkbox column, before the others. */
  selectColumn?: Column<ReleaseListItem>
}

const releaseKey = (release: ReleaseListItem) => release.id

/** The page of releases on screen, or why there is none. */
export const ReleaseTable = memo(function ReleaseTable({
  page,
  search,
  busy,
  onSort,
  emptyAction,
  onFirstPage,
  selectColumn,
}: Props) {
  const sorted = useMemo(() => releaseColumns(search.sort, onSort), [search.sort, onSort])
  const columns = useMemo(() => (selectColumn ? [selectColumn, ...sorted] : sorted), [selectColumn, sorted])
  // The badges read the languages' names from here: the rows are not drawn again when they arrive.
  const { nameOf } = useLanguages()
  return (
    <LanguageNamesContext value={nameOf}>
      <DataTable
        caption={`Releases (${formatTotal(page)})`}
        columns={columns}
        rows={page.items}
        getRowKey={releaseKey}
        busy={busy}
        minWidth={900}
        empty={
          <Empty total={page.total} filtered={hasFilters(search)} action={emptyAction} onFirstPage={onFirstPage} />
        }
      />
    </LanguageNamesContext>
  )
})

function Empty({
  total,
  filtered,
  action,
  onFirstPage,
}: {
  total: number
  filtered: boolean
  action: ReactNode
  onFirstPage: () => void
}) {
  if (total > 0) {
    return (
      <EmptyState
        title="This page is past the last one"
        action={
          <Anchor component="button" type="button" size="sm" onClick={onFirstPage}>
            Go to the first page
          </Anchor>
        }
      />
    )
  }
  if (filtered) {
    return (
      <EmptyState title="No releases match these filters" action={action}>
        Try fewer or other filters.
      </EmptyState>
    )
  }
  return <EmptyState title="No releases yet">Nothing has been written yet.</EmptyState>
}
