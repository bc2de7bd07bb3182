import { sanitizeRichText } from '../../src/api/contract'

/**
 * The one way a release body is written: sanitized with the contract's rich-text rules, so
 * a stored body never holds script, event handlers, javascript: links or unknown elements.
 */
export function writeBody(html: string): string {
  return sanitizeRichText(html)
}

/** The body as plain text, for free-text search. */
export function bodyText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
}
