import { Text } from '@mantine/core'
import { dateTimeParts } from '../lib/format'

/**
 * A time for a table cell: the person's time with its zone, and Vienna's beside it (smaller)
 * when theirs is another; each part kept whole, so a narrow column puts Vienna's on a second line.
 */
export function DateTimeText({ iso }: { iso: string }) {
  const { local, vienna } = dateTimeParts(iso)
  return (
    <Text size="sm" component="span" display="block">
      <span style={{ whiteSpace: 'nowrap' }}>{local}</span>
      {vienna ? (
        <>
          {' '}
          <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            ({vienna})
          </Text>
        </>
      ) : null}
    </Text>
  )
}
