/**
 * For what other people change while this page is open (a release's status, its history,
 * the lists, the inbox): fresh for a few seconds only, so returning to the window shows
 * their change without a reload. The app's default (30 s) suits reference data.
 */
export const liveQuery = { staleTime: 5_000, refetchOnWindowFocus: true } as const
