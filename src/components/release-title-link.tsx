import type { ReleaseListItem } from '../api/contract'
import { AnchorLink } from './router-links'

/** A release's title as the link to its page: the first cell of every table of releases. */
export function ReleaseTitleLink({ release }: { release: Pick<ReleaseListItem, 'id' | 'title'> }) {
  return (
    <AnchorLink to="/releases/$id" params={{ id: release.id }} inherit fw={500}>
      {release.title}
    </AnchorLink>
  )
}
