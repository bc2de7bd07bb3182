import { useQuery } from '@tanstack/react-query'
import { inboxQueries } from '../../api/inbox'

/** The signed-in person's unread notifications; 0 until known (a failed count shows no badge rather than an error). */
export function useUnreadCount(): number {
  return useQuery(inboxQueries.unreadCount()).data ?? 0
}

export const inboxLabel = (unread: number) => (unread > 0 ? `Inbox, ${unread} unread` : 'Inbox, nothing unread')
