/**
 * The list's one query, shared by the route's loader and the page. Its own module, so the
 * loader (in the app's entry chunk) does not pull the page and its form into every first load.
 */
export const fieldsOfWorkListParams = { pageSize: 500 } as const
