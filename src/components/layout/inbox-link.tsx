import { Badge, Box } from '@mantine/core'
import { IconInbox } from '@tabler/icons-react'
import { ActionIconLink } from '../router-links'
import { inboxLabel, useUnreadCount } from './use-unread-count'

/** The header's way to the inbox, with the unread count on it. */
export function InboxLink() {
  const unread = useUnreadCount()
  return (
    <Box pos="relative">
      <ActionIconLink to="/inbox" variant="default" size="lg" aria-label={inboxLabel(unread)}>
        <IconInbox size={18} stroke={1.5} aria-hidden />
      </ActionIconLink>
      {unread > 0 ? (
        <Badge
          size="xs"
          circle={unread < 10}
          color="red"
          pos="absolute"
          top={-6}
          right={-8}
          aria-hidden
          style={{ pointerEvents: 'none' }}
        >
          {unread > 99 ? '99+' : unread}
        </Badge>
      ) : null}
    </Box>
  )
}
