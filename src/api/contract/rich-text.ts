import type { Config } from 'dompurify'

/**
 * What a release body may contain: paragraphs, h2/h3, quotes, lists, links, bold and
 * italic. Everything else (scripts, event handlers, iframes, SVG, styles, unknown elements)
 * is removed. The server sanitizes on save and the client again when it renders, with this
 * one configuration (`sanitize-rich-text.ts`, which the contract's index does not re-export:
 * DOMPurify, ~9 kB gzip, then loads only with what renders or stores a body).
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

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" }

/** A body's text without its markup, entities decoded; needs no DOM. What "an empty body" and free-text search are judged on. */
export function richTextToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name]!)
}
