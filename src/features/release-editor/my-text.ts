import type { ReleaseFormValues } from './form-values'

/** Body HTML as plain text with its paragraphs, list items and headings on lines of their own. */
export function bodyAsParagraphs(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html')
  for (const item of document.body.querySelectorAll('li')) item.prepend('- ')
  for (const block of document.body.querySelectorAll('p, h2, h3, li, blockquote')) block.after('\n\n')
  for (const lineBreak of document.body.querySelectorAll('br')) lineBreak.replaceWith('\n')
  return (document.body.textContent ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** What "Copy my text" puts on the clipboard: the title, the summary and the body, as plain text. */
export function myText(values: ReleaseFormValues): string {
  return [values.title, values.summary, bodyAsParagraphs(values.body)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n')
}
