import Papa from 'papaparse'

/*
 * The one CSV writer, for the server's release export and the reports' files built in the
 * browser alike. Not re-exported by the contract's index, so Papa Parse (~7 kB gzip) loads
 * only where a CSV is made: import it from here.
 */

/** A cell: text, a number (written as a number, never escaped) or nothing (empty). */
export type CsvCell = string | number | null

/**
 * Text a spreadsheet would run as a formula (CSV injection): = + - @, a tab or a carriage
 * return first. Papa Parse's own pattern for `escapeFormulae: true` (5.7.1:
 * /^[=+\-@\t\r].*$/) must match to the end of the cell, and `.` stops at a line break, so
 * "=HYPERLINK(…)" followed by a second line slipped through. Only the first character counts.
 */
const formulaStart = /^[=+\-@\t\r]/

/**
 * RFC 4180 as spreadsheets read it: UTF-8 with a byte-order mark (or Excel guesses the
 * encoding), CRLF after every line, a header row; a cell is quoted when it holds a comma,
 * quote, line break or an edge space, and its quotes are doubled. Text that could be a
 * formula gets a leading apostrophe (and is quoted), so it is shown, never run.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    // Rows of arrays, the header first: given `{ fields, data: [] }` Papa Parse writes an empty row.
    [[...header], ...rows.map((row) => [...row])],
    { escapeFormulae: formulaStart, newline: '\r\n', delimiter: ',', quoteChar: '"' },
  )
  // Papa Parse ends the last line without a break; every line ends with one here.
  return `${Papa.BYTE_ORDER_MARK}${body}\r\n`
}
