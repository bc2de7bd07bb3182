/** The `head` of a route: "Releases · Newsroom admin", so every page has its own title. */
export const pageTitle = (title: string) => () => ({ meta: [{ title: `${title} · Newsroom admin` }] })
