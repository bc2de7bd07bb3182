import { describe, expect, it } from 'vitest'
import { diffParagraphs, htmlToParagraphs } from './text-diff'

const text = (diff: ReturnType<typeof diffParagraphs>) =>
  diff.map((paragraph) =>
    paragraph.segments
      .map(({ kind, text: words }) => (kind === 'same' ? words : kind === 'added' ? `{+${words}+}` : `[-${words}-]`))
      .join(''),
  )

describe('text diff', () => {
  it('reads rich text as the paragraphs a reader sees, once each, running nothing', () => {
    expect(
      htmlToParagraphs(
        '<h2>Head</h2><p>One  <b>bold</b>\nline</p><ul><li><p>Item</p></li></ul><p> </p><img src=x onerror="globalThis.ran=1">',
      ),
    ).toEqual(['Head', 'One bold line', 'Item'])
    expect(htmlToParagraphs('Plain words')).toEqual(['Plain words'])
    expect((globalThis as { ran?: number }).ran).toBeUndefined()
  })

  it('compares rewritten paragraphs word by word, and added or removed ones whole', () => {
    const diff = diffParagraphs(
      ['The Chair met the Minister.', 'Unchanged.', 'Dropped.'],
      ['The Chair met the President.', 'Unchanged.', 'New one.', 'Another.'],
    )
    expect(diff.map((paragraph) => paragraph.kind)).toEqual(['changed', 'same', 'changed', 'changed'])
    expect(text(diff)).toEqual([
      'The Chair met the [-Minister-]{+President+}.',
      'Unchanged.',
      '[-Dropped-]{+New one+}.',
      '{+Another.+}',
    ])
  })
})
