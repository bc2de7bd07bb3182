import { sanitizeRichText } from '../../../src/api/contract/sanitize-rich-text'

type Sanitizer = (html: string) => string | Promise<string>
/**
 * DOMPurify needs a DOM: in a Web Worker (the demo's backend, `backend-worker.ts`) the page
 * sanitizes, and the server sets one over jsdom (server/sanitize.ts). Without a DOM, DOMPurify
 * would hand the HTML back unchanged, so then nothing is written at all.
 */
let sanitize: Sanitizer = (html) => {
  if (typeof document === 'undefined') throw new Error('No DOM to sanitize a release body with: set a sanitizer.')
  return sanitizeRichText(html)
}
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
