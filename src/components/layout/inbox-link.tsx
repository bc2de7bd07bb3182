import { Badge } from '@mantine/core'
import { IconInbox } from '@tabler/icons-react'
import { ActionIconLink } from '../router-links'
import classes from './app-header.module.css'
import { inboxLabel, useUnreadCount } from './use-unread-count'

/** The header's way to the inbox, with the unread count on it. */
export function InboxLink() {
  const unread = useUnreadCount()
  return (
    <div className={classes.inbox}>
      <ActionIconLink to="/inbox" variant="default" size="lg" aria-label={inboxLabel(unread)}>
        <IconInbox size={18} stroke={1.5} aria-hidden />
      </ActionIconLink>
      {unread > 0 ? (
        <Badge size="xs" circle={unread < 10} color="red" className={classes.unread} aria-hidden>
          {unread > 99 ? '99+' : unread}
        </Badge>
      ) : null}
    </div>
  )
}
