import DOMPurify from 'dompurify'
import { richTextConfig } from './rich-text'

/*
 * Not re-exported by the contract's index, so DOMPurify stays out of every first load
 * (decision 0009): import it from here, where a body is rendered (SafeHtml) or stored
 * (the mock's release-body.ts).
 */

type Purifier = ReturnType<typeof DOMPurify>

/**
 * A sanitizer of release bodies over one DOMPurify instance: the browser's own (`sanitizeRichText`),
 * or, on the server, one over a jsdom window (server/sanitize.ts). The same rules either way.
 */
export function richTextSanitizer(purify: Purifier): (html: string) => string {
  // A link may open a new tab, but must not hand the opener to the page it opens; any
  // other target (a named window or frame) has no use in a release and is dropped.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!node.hasAttribute('target')) return
    if (node.tagName === 'A' && node.getAttribute('target') === '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    else node.removeAttribute('target')
  })
  return (html) => {
    // Markup that the browser's parser repairs (an <a> left inside another once the elements
    // between them are removed) can serialize to HTML that parses into another tree. Sanitize
    // until the output is stable, so what is stored is exactly what is rendered.
    let clean = purify.sanitize(html, richTextConfig)
    for (let pass = 0; pass < 3; pass++) {
      const again = purify.sanitize(clean, richTextConfig)
      if (again === clean) break
      clean = again
    }
    return clean
  }
}

let sanitizer: ((html: string) => string) | null = null

/** Sanitized HTML of a release body. Needs a DOM (the browser, or jsdom in tests). */
export function sanitizeRichText(html: string): string {
  sanitizer ??= richTextSanitizer(DOMPurify)
  return sanitizer(html)
}
