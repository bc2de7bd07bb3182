/**
 * How a list's figures read. The release list counts its matches only up to a cap when it is
 * filtered by more than a status (`totalCapped`, decision 0023): its total then reads "1,000+",
 * never a bare "1000" that would claim to be exact.
 */

import type { ReleasePage } from '../api/contract'

/** A list answer's count: the release page's `total` and `totalCapped` (other lists count exactly). */
type CountedTotal = Pick<ReleasePage, 'total'> & Partial<Pick<ReleasePage, 'totalCapped'>>

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/** "1,234": grouped as the organisation writes figures. */
export const formatCount = (count: number): string => counts.format(count)

/** "1,234", or "1,000+" when the list stopped counting at 1,000. */
export const formatTotal = ({ total, totalCapped = false }: CountedTotal): string =>
  totalCapped ? `${formatCount(total)}+` : formatCount(total)
