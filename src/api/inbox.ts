import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { inboxPageSchema, inboxQuerySchema, type markReadInputSchema } from './contract'
import { request } from './http'

export type InboxQuery = z.input<typeof inboxQuerySchema>
export type MarkReadInput = z.input<typeof markReadInputSchema>

/** Refreshes the unread count while the app is open: a minute, and whenever the window regains focus. */
const polled = { staleTime: 5_000, refetchOnWindowFocus: true, refetchInterval: 60_000 } as const

/** The signed-in person's notifications. Every entry lives under `all()`, so one invalidation refreshes the page and the count. */
export const inboxQueries = {
  all: () => ['inbox'] as const,
  list: (params: InboxQuery) => {
    const canonical = inboxQuerySchema.parse(params)
    return queryOptions({
      queryKey: [...inboxQueries.all(), 'list', canonical] as const,
      queryFn: ({ signal }) => request('/inbox', { query: canonical, schema: inboxPageSchema, signal }),
      ...polled,
    })
  },
  /** How many are unread: the header's badge. One notification a page is the cheapest way to ask. */
  unreadCount: () =>
    queryOptions({
      queryKey: [...inboxQueries.all(), 'unread'] as const,
      queryFn: ({ signal }) => request('/inbox', { query: { page: 1, pageSize: 1 }, schema: inboxPageSchema, signal }),
      select: (page) => page.unread,
      ...polled,
    }),
}

export const markRead = (input: MarkReadInput): Promise<undefined> =>
  request('/inbox/read', { method: 'POST', body: input })
