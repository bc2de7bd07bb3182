import { Anchor, Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReleaseListItem } from '../api/contract'

// What `<AnchorLink inherit fw={500}>` draws, without the Anchor's and Text's styled Boxes.
const anchorClass = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root}`
const anchorStyle = { fontWeight: 500 }

/**
 * A release's title as the link to its page: the first cell of every table of releases. A
 * router Link (preloading on intent) with Mantine's Anchor classes: it is drawn in every row.
 */
export function ReleaseTitleLink({
  release,
}: {
  release: Pick<ReleaseListItem, 'id' | 'title'> & { language?: string }
}) {
  return (
    <Link
      to="/releases/$id"
      params={{ id: release.id }}
      className={anchorClass}
      data-inherit
      data-underline="hover"
      style={anchorStyle}
      // A Russian title read with a Russian voice.
      lang={release.language}
    >
      {release.title}
    </Link>
  )
}
