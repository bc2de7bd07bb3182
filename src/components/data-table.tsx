import { Table } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './data-table.module.css'

export type Column<T> = {
  key: string
  header: ReactNode
  cell: (row: T) => ReactNode
  /** Row header cells name the row for screen readers (usually the name or title). */
  rowHeader?: boolean
  /** For a sortable column: how the rows are sorted by it now. */
  ariaSort?: 'ascending' | 'descending' | 'none'
  /** Keeps a column of long text readable when the table is squeezed (CSS length). */
  minWidth?: string
}

type Props<T> = {
  caption: string
  columns: Column<T>[]
  rows: T[]
  getRowKey: (row: T) => string
  /** Shown in place of the body when there are no rows. */
  empty?: ReactNode
  busy?: boolean
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number
}

/** A plain, accessible table: a caption, column headers, and one row per record. */
export function DataTable<T>({ caption, columns, rows, getRowKey, empty, busy, minWidth = 640 }: Props<T>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table className={classes.table} striped highlightOnHover verticalSpacing="xs" aria-busy={busy || undefined} captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" aria-sort={column.ariaSort} miw={column.minWidth}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && empty ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={getRowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <Table.Th key={column.key} scope="row" fw={500}>
                      {column.cell(row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
