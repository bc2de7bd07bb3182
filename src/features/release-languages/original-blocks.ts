import { sanitizeRichText } from '../../api/contract/sanitize-rich-text'

const blockTags = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'HR',
  'TABLE',
  'DIV',
])

/**
 * The original's body as its top-level blocks (paragraphs, headings, lists, quotes), in order:
 * the translator works through them one by one and finds their place by number. A run of text
 * and inline markup outside any block (a body that is one bare line) is a paragraph of its own.
 * Each block is sanitized again where it is drawn (SafeHtml); this only splits.
 */
export function bodyBlocks(html: string): string[] {
  const template = document.createElement('template')
  template.innerHTML = sanitizeRichText(html)
  const blocks: string[] = []
  let run: HTMLParagraphElement | null = null
  // A copy: appending a node to a paragraph takes it out of the live list.
  for (const node of Array.from(template.content.childNodes)) {
    if (node instanceof Element && blockTags.has(node.tagName)) {
      run = null
      blocks.push(node.outerHTML)
    } else if (run) run.append(node)
    else if (node instanceof Element || node.textContent?.trim()) {
      run = document.createElement('p')
      run.append(node)
      blocks.push('')
    }
    if (run) blocks[blocks.length - 1] = run.outerHTML
  }
  return blocks.map((block) => block.replace(/^<p>\s+/, '<p>').replace(/\s+<\/p>$/, '</p>'))
}
