import { describe, expect, it } from 'vitest'
import { emptyFormValues } from './form-values'
import { myText } from './my-text'

describe('my text, for the clipboard', () => {
  it('is the title, the summary and the body with its paragraphs and list items', () => {
    const values = {
      ...emptyFormValues(),
      title: 'Border guards trained',
      summary: 'A week of training.',
      body: '<h2>Days</h2><p>First <strong>day</strong>.</p><ul><li><p>Maps</p></li><li><p>Radios</p></li></ul><p>End</p>',
    }
    expect(myText(values)).toBe(
      'Border guards trained\n\nA week of training.\n\nDays\n\nFirst day.\n\n- Maps\n\n- Radios\n\nEnd',
    )
  })

  it('leaves out what is empty', () => {
    expect(myText({ ...emptyFormValues(), title: 'Only a title' })).toBe('Only a title')
  })
})
