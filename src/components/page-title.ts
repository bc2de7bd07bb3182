const suffix = ' · Newsroom admin'

/**
 * Typed text for places that take no markup, such as the tab's title: between FIRST STRONG
 * ISOLATE and POP DIRECTIONAL ISOLATE its direction (or a stray override in it) stays inside
 * and cannot reorder the app's own words around it, as <bdi> does in a page.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`

/** The `head` of a route: "Releases · Newsroom admin", so every page has its own title. */
export const pageTitle = (title: string) => () => ({ meta: [{ title: `${title}${suffix}` }] })

/** The `head` of a record's page, named by its typed name (isolated), or `fallback` until it is known. */
export const recordPageTitle = (name: string | undefined, fallback: string) => ({
  meta: [{ title: `${name === undefined ? fallback : isolate(name)}${suffix}` }],
})
