import DOMPurify, { type Config } from 'dompurify'

/**
 * What a release body may contain: paragraphs, h2/h3, quotes, lists, links, bold and
 * italic. Everything else (scripts, event handlers, iframes, SVG, styles, unknown elements)
 * is removed. The server sanitizes on save and the client again when it renders, with this
 * one configuration.
 */
export const richTextConfig = {
  ALLOWED_TAGS: ['p', 'br', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i'],
  ALLOWED_ATTR: ['href', 'title', 'target', 'rel'],
  // Links may go to the web, to mail or to a page of this site; never javascript: or data:.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/|#)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
} satisfies Config

let hooked = false

/** Sanitized HTML of a release body. Needs a DOM (the browser, or jsdom in tests). */
export function sanitizeRichText(html: string): string {
  if (!hooked) {
    // A link that opens a new tab must not hand the opener to the page it opens.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer')
    })
    hooked = true
  }
  return DOMPurify.sanitize(html, richTextConfig)
}
