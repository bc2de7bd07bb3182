import type { ReactNode } from 'react'
import type { Notification } from '../../api/contract'

/**
 * What a notification says, in a sentence that names the release. The names are typed text,
 * each in its own <bdi>: a right-to-left name (or a stray override in it) keeps its direction
 * to itself instead of reordering the words of the sentence around it. A version of a release in
 * several languages is named with its language ("“…” (Russian)"), so its versions are told apart.
 */
export function notificationText({ kind, release, actor }: Notification, languageName?: string): ReactNode {
  const title = (
    <>
      “<bdi>{release.name}</bdi>”{languageName ? ` (${languageName})` : ''}
    </>
  )
  const by = actor ? (
    <>
      {' '}
      by <bdi>{actor.name}</bdi>
    </>
  ) : null
  switch (kind) {
    case 'changes-requested':
      return (
        <>
          Changes requested on your release {title}
          {by}
        </>
      )
    case 'approved':
      return (
        <>
          Your release {title} was approved{by}
        </>
      )
    case 'published':
      return <>Your release {title} was published</>
    case 'withdrawn':
      return (
        <>
          Your release {title} was withdrawn{by}
        </>
      )
    case 'unscheduled':
      return (
        <>
          Your release {title} was returned to draft{by}: its publication is cancelled and it needs a new review
        </>
      )
    case 'awaiting-review':
      return <>{title} awaits review</>
    case 'commented':
      return (
        <>
          {actor ? <bdi>{actor.name}</bdi> : 'Someone'} commented on {title}
        </>
      )
    case 'edited-in-review':
      return (
        <>
          Your release {title} was corrected in review{by}: see what changed on its page
        </>
      )
    case 'translation-confirmed':
      return (
        <>
          Your translation {title} was confirmed still correct{by}: it follows its original as it is now
        </>
      )
  }
}
