import { richTextToPlainText } from '../../src/api/contract'
import { sanitizeRichText } from '../../src/api/contract/sanitize-rich-text'

/**
 * The one way a release body is written: sanitized with the contract's rich-text rules, so
 * a stored body never holds script, event handlers, javascript: links or unknown elements.
 */
export function writeBody(html: string): string {
  return sanitizeRichText(html)
}

/** The body as plain text, for free-text search. */
export function bodyText(html: string): string {
  return richTextToPlainText(html)
}
