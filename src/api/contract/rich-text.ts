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
  // DOMPurify checks every attribute not known to be URI-safe against ALLOWED_URI_REGEXP,
  // which would strip target="_blank" and rel="noopener": they are names, not URLs.
  ADD_URI_SAFE_ATTR: ['target', 'rel'],
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
    // A link may open a new tab, but must not hand the opener to the page it opens; any
    // other target (a named window or frame) has no use in a release and is dropped.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (!node.hasAttribute('target')) return
      if (node.tagName === 'A' && node.getAttribute('target') === '_blank') node.setAttribute('rel', 'noopener noreferrer')
      else node.removeAttribute('target')
    })
    hooked = true
  }
  // Markup that the browser's parser repairs (an <a> left inside another once the elements
  // between them are removed) can serialize to HTML that parses into another tree. Sanitize
  // until the output is stable, so what is stored is exactly what is rendered.
  let clean = DOMPurify.sanitize(html, richTextConfig)
  for (let pass = 0; pass < 3; pass++) {
    const again = DOMPurify.sanitize(clean, richTextConfig)
    if (again === clean) break
    clean = again
  }
  return clean
}

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" }

/** A body's text without its markup, entities decoded; needs no DOM. What "an empty body" and free-text search are judged on. */
export function richTextToPlainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name]!)
}
