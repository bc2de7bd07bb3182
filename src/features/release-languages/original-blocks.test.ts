import { describe, expect, it } from 'vitest'
import { bodyBlocks } from './original-blocks'

describe('bodyBlocks', () => {
  it('splits a body into its top-level blocks, in order, lists and quotes whole', () => {
    expect(
      bodyBlocks(
        '<h2>Visit</h2><p>One <strong>two</strong></p><ul><li>a</li><li>b</li></ul><blockquote><p>q</p></blockquote>',
      ),
    ).toEqual([
      '<h2>Visit</h2>',
      '<p>One <strong>two</strong></p>',
      '<ul><li>a</li><li>b</li></ul>',
      '<blockquote><p>q</p></blockquote>',
    ])
  })

  it('makes a run of bare text and inline markup one paragraph, leaves out blank text, and never keeps what sanitizing removes', () => {
    expect(bodyBlocks('Bare <em>line</em><p>Next</p> tail')).toEqual([
      '<p>Bare <em>line</em></p>',
      '<p>Next</p>',
      '<p>tail</p>',
    ])
    expect(bodyBlocks('<p>a</p>\n  \n<p>b</p>')).toEqual(['<p>a</p>', '<p>b</p>'])
    expect(bodyBlocks('<p>a</p><script>alert(1)</script><img src=x onerror=alert(1)>')).toEqual(['<p>a</p>'])
    expect(bodyBlocks('')).toEqual([])
  })
})
