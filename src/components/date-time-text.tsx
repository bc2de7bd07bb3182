import { Text } from '@mantine/core'
import { Fragment } from 'react'
import { dateTimeParts } from '../lib/format'

/**
 * A time for a table cell: the person's time with its zone, and Vienna's beside it (smaller)
 * when theirs is another; each part kept whole, so a narrow column puts Vienna's on a second line.
 */
export function DateTimeText({ iso }: { iso: string }) {
  const { local, vienna } = dateTimeParts(iso)
  return (
    <Text size="sm" component="span" display="block">
      {/* Date, time and Vienna's time each kept whole: a narrow column breaks between them. */}
      <Pieces text={local} />
      {vienna ? (
        <>
          {' '}
          <Text span size="xs" c="dimmed">
            <Pieces text={`(${vienna})`} />
          </Text>
        </>
      ) : null}
    </Text>
  )
}

/** A text's comma-separated pieces, each kept whole, with a line break allowed after each comma. */
function Pieces({ text }: { text: string }) {
  return text.split(', ').map((piece, index, pieces) => (
    <Fragment key={piece}>
      <span style={{ whiteSpace: 'nowrap' }}>
        {piece}
        {index < pieces.length - 1 ? ',' : ''}
      </span>
      {index < pieces.length - 1 ? ' ' : ''}
    </Fragment>
  ))
}
