/**
 * The one way a release body is written. Sanitizing the HTML (so a body can never run
 * script) is a later issue and goes here; for now the body is stored as sent.
 */
export function writeBody(html: string): string {
  return html
}

/** The body as plain text, for free-text search. */
export function bodyText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
}
