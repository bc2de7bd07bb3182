import DOMPurify from 'dompurify'
import { richTextConfig } from './rich-text'

/*
 * Not re-exported by the contract's index, so DOMPurify stays out of every first load
 * (decision 0009): import it from here, where a body is rendered (SafeHtml) or stored
 * (the mock's release-body.ts).
 */

let hooked = false

/** Sanitized HTML of a release body. Needs a DOM (the browser, or jsdom in tests). */
export function sanitizeRichText(html: string): string {
  if (!hooked) {
    // A link may open a new tab, but must not hand the opener to the page it opens; any
    // other target (a named window or frame) has no use in a release and is dropped.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (!node.hasAttribute('target')) return
      if (node.tagName === 'A' && node.getAttribute('target') === '_blank')
        node.setAttribute('rel', 'noopener noreferrer')
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
