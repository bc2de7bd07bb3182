import { Fragment } from 'react'
import { dateTimeParts } from '../lib/format'
import { CellText, cellTextClasses as classes } from './cell-text'

/**
 * A time for a table cell: the person's time with its zone, and Vienna's beside it (smaller)
 * when theirs is another; each part kept whole, so a narrow column puts Vienna's on a second line.
 */
export function DateTimeText({ iso }: { iso: string }) {
  // This year's dates without their year: a table's time then fits one line (a column's width).
  const { local, vienna } = dateTimeParts(iso, undefined, { omitCurrentYear: true })
  return (
    // Plain elements with Text's classes (CellText): a page of rows draws two of these in each.
    <CellText className={classes.block}>
      {/* Date, time and Vienna's time each kept whole: a narrow column breaks between them. */}
      {/* This year's "25 Nov, 17:00 UTC" stays on one line; a longer one with its year may break. */}
      {/\d{4}/.test(local) ? <Pieces text={local} /> : <span className={classes.nowrap}>{local}</span>}
      {vienna ? (
        <>
          {' '}
          <CellText size="xs" className={classes.dimmed}>
            <Pieces text={`(${vienna})`} />
          </CellText>
        </>
      ) : null}
    </CellText>
  )
}

/** A text's comma-separated pieces, each kept whole, with a line break allowed after each comma. */
function Pieces({ text }: { text: string }) {
  return text.split(', ').map((piece, index, pieces) => (
    <Fragment key={piece}>
      <span className={classes.nowrap}>
        {piece}
        {index < pieces.length - 1 ? ',' : ''}
      </span>
      {index < pieces.length - 1 ? ' ' : ''}
    </Fragment>
  ))
}
