import type { Notification } from '../../api/contract'

/** What a notification says, in a sentence that names the release. */
export function notificationText({ kind, release, actor }: Notification): string {
  const title = `“${release.name}”`
  const by = actor ? ` by ${actor.name}` : ''
  switch (kind) {
    case 'changes-requested':
      return `Changes requested on your release ${title}${by}`
    case 'approved':
      return `Your release ${title} was approved${by}`
    case 'published':
      return `Your release ${title} was published`
    case 'withdrawn':
      return `Your release ${title} was withdrawn${by}`
    case 'awaiting-review':
      return `${title} awaits review`
    case 'commented':
      return `${actor?.name ?? 'Someone'} commented on ${title}`
  }
}
