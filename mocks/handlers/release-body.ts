import { richTextToPlainText } from '../../src/api/contract'
import { sanitizeRichText } from '../../src/api/contract/sanitize-rich-text'

type Sanitizer = (html: string) => string | Promise<string>
/** DOMPurify needs a DOM: in a Web Worker (the demo's backend, `backend-worker.ts`) the page sanitizes. */
let sanitize: Sanitizer = sanitizeRichText
export function setBodySanitizer(sanitizer: Sanitizer): void {
  sanitize = sanitizer
}

/**
 * The one way a release body is written: sanitized with the contract's rich-text rules, so
 * a stored body never holds script, event handlers, javascript: links or unknown elements.
 */
export async function writeBody(html: string): Promise<string> {
  return sanitize(html)
}

/** The body as plain text, for free-text search. */
export function bodyText(html: string): string {
  return richTextToPlainText(html)
}
