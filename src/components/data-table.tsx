// The table's roles are written out although its tags imply them: a browser may drop a table's
// semantics once its rows are display: block (the cards below 48em); the explicit roles keep them.
// (The linter takes a role on a plain th or td for a redundant one, and a td for interactive.)
/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
import { rem } from '@mantine/core'
import { type CSSProperties, isValidElement, memo, type ReactNode } from 'react'
import classes from './data-table.module.css'
import { tableClasses as part } from './table-classes'

export type Column<T> = {
  key: string
  header: ReactNode
  /**
   * The column's name on a card (narrow screens). Defaults to a text header, or the `label` of a
   * header element such as SortButton; a column without one (a row's checkbox) shows its cell alone.
   */
  label?: string
  /**
   * Draws one cell. A row is drawn again only when its record or one of these functions
   * changes: a cell that depends on anything else (a selection) needs a new function then.
   */
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
  /** Below this width (px) a wide screen's table scrolls sideways instead of squeezing its columns. */
  minWidth?: number
}

/**
 * A plain, accessible table: a caption, column headers, and one row per record. Where it has
 * less than 48em (a phone, a window zoomed to 200%), each row is drawn as a card, every cell
 * under its column's name (data-table.module.css), and the sortable headers as a row of
 * buttons above the cards. It stays a table for screen readers and for the tests: the explicit
 * roles keep the table's semantics where a browser drops them for display: block.
 */
export function DataTable<T>({ caption, columns, rows, getRowKey, empty, busy, minWidth = 640 }: Props<T>) {
  return (
    <div className={classes.container}>
      {/* Plain elements with the classes and variables Mantine's Table (striped, highlightOnHover,
          caption on top) and its ScrollContainer (type="native": the browser's own scrolling)
          would give them: those bring ScrollArea, which draws its scrollbars with a dozen
          components and measures them, and floating-ui into every list's first load. */}
      <div
        className={`${classes.scroll} ${part.scrollContainer}`}
        style={{ '--table-min-width': rem(minWidth), '--table-overflow': 'auto' } as CSSProperties}
      >
        <div className={`${classes.inner} ${part.scrollContainerInner}`}>
          <table className={`${classes.table} ${part.table}`} style={tableStyle} aria-busy={busy || undefined}>
            <caption className={part.caption} data-side="top" style={captionStyle}>
              {caption}
            </caption>
            <thead className={part.thead} role="rowgroup">
              <Header columns={columns} />
            </thead>
            <tbody className={part.tbody} role="rowgroup">
              {rows.length === 0 && empty ? (
                <tr {...rowAttributes}>
                  <td className={part.td} role="cell" colSpan={columns.length} data-empty>
                    {empty}
                  </td>
                </tr>
              ) : (
                rows.map((row) => <Row key={getRowKey(row)} row={row} columns={columns} />)
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  )
}

const tableStyle = {
  '--table-caption-side': 'top',
  '--table-horizontal-spacing': rem(6),
  '--table-vertical-spacing': rem(4),
} as CSSProperties
const captionStyle = { textAlign: 'start' } as const

/** A column's name as a card shows it beside each value. */
function columnLabel<T>(column: Column<T>): string | undefined {
  if (column.label !== undefined) return column.label
  if (typeof column.header === 'string') return column.header
  if (isValidElement<{ label?: unknown }>(column.header) && typeof column.header.props.label === 'string')
    return column.header.props.label
  return undefined
}

/**
 * The head and the body are plain elements with the classes and attributes Mantine's
 * `Table.Tr`/`Th`/`Td` would give them (the table's variables set its spacing, stripes and
 * hover): those are each a styled Box, whose props and styles cost far more than the element
 * when a page draws a few hundred cells at once.
 */
const rowAttributes = {
  className: part.tr,
  role: 'row',
  // As `Table` with `striped` and `highlightOnHover` (and its default row borders) marks each row.
  'data-with-row-border': true,
  'data-striped': 'odd',
  'data-hover': true,
} as const
const rowHeaderStyle = { fontWeight: 500 }

/** The column headers; drawn again only when the columns change (a sort), not for a new page of rows. */
const Header = memo(function Header<T>({ columns }: { columns: Column<T>[] }) {
  return (
    <tr {...rowAttributes}>
      {columns.map((column) => (
        <th
          key={column.key}
          className={part.th}
          role="columnheader"
          scope="col"
          aria-sort={column.ariaSort}
          style={column.minWidth ? { minWidth: column.minWidth } : undefined}
        >
          {column.header}
        </th>
      ))}
    </tr>
  )
}) as <T>(props: { columns: Column<T>[] }) => ReactNode

type RowProps<T> = { row: T; columns: Column<T>[] }

function RowCells<T>({ row, columns }: RowProps<T>) {
  return (
    <tr {...rowAttributes}>
      {columns.map((column) =>
        column.rowHeader ? (
          <th key={column.key} className={part.th} role="rowheader" scope="row" style={rowHeaderStyle}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.key} className={part.td} role="cell" data-label={columnLabel(column)}>
            {/* One box for the value, so a card puts all of it beside the column's name. */}
            <div>{column.cell(row)}</div>
          </td>
        ),
      )}
    </tr>
  )
}

/**
 * A row the table already shows is not drawn again while its record holds the same values
 * and its columns draw cells the same way: a new filter, sort header or page of mostly the
 * same records re-renders only the rows that changed.
 */
const Row = memo(
  RowCells,
  (previous, next) => sameCells(previous.columns, next.columns) && sameValue(previous.row, next.row),
) as <T>(props: RowProps<T>) => ReactNode

function sameCells<T>(previous: Column<T>[], next: Column<T>[]): boolean {
  if (previous === next) return true
  if (previous.length !== next.length) return false
  return previous.every((column, index) => {
    const other = next[index]!
    return (
      column.key === other.key &&
      column.cell === other.cell &&
      column.rowHeader === other.rowHeader &&
      columnLabel(column) === columnLabel(other)
    )
  })
}

/** Equal as data (records are parsed JSON): a refetched row of the same values is the same row. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
