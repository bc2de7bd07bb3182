import '@mantine/core/styles/Typography.css'
import { Typography, type TypographyProps } from '@mantine/core'
import { useMemo } from 'react'
import { sanitizeRichText } from '../api/contract/sanitize-rich-text'

type Props = Omit<TypographyProps, 'children' | 'dangerouslySetInnerHTML'> & {
  /** Rich text from the API. It is sanitized again here: a stored body is never trusted. */
  html: string
  /**
   * Plain text set at the start of the first paragraph, as a dateline leads a release
   * ("DUSHANBE, 26 June 2024 — "). When the HTML does not open with a paragraph, it gets
   * a paragraph of its own.
   */
  leadingText?: string
}

/** Puts `text` (as text, never markup) at the start of the first paragraph of sanitized HTML. */
function withLeadingText(html: string, text: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  const lead = document.createElement('span')
  lead.dataset.lead = ''
  lead.textContent = text
  const first = [...template.content.childNodes].find(
    (node) => node.nodeType !== Node.TEXT_NODE || node.textContent?.trim(),
  )
  if (first instanceof HTMLParagraphElement) first.prepend(lead)
  else {
    const paragraph = document.createElement('p')
    paragraph.append(lead)
    template.content.prepend(paragraph)
  }
  return template.innerHTML
}

/** Rich text rendered as HTML. The one place in the app that sets inner HTML. */
export function SafeHtml({ html, leadingText, ...props }: Props) {
  const clean = useMemo(() => {
    const sanitized = sanitizeRichText(html)
    return leadingText ? withLeadingText(sanitized, leadingText) : sanitized
  }, [html, leadingText])
  // oxlint-disable-next-line react/no-danger -- sanitized just above with the contract's rules
  return <Typography {...props} dangerouslySetInnerHTML={{ __html: clean }} />
}
