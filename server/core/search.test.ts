import { describe, expect, it } from 'vitest'
import { foldText, matchesSearch, maxWordLength, releaseSearchWords, searchableText, searchWords } from './search'

const finds = (text: string, q: string) => matchesSearch(searchableText(searchWords(text)), searchWords(q))

describe('the releases search', () => {
  it('folds case and accents, letters without a decomposition too', () => {
    expect(foldText('Türkiye')).toBe('turkiye')
    expect(foldText('Đukanović')).toBe('dukanovic')
    expect(foldText('Душанбе')).toBe('душанбе')
  })

  it('matches every word of the query at the start of a word', () => {
    expect(finds('Amra Hadžić met the Head of Mission', 'hadzic')).toBe(true)
    expect(finds('Amra Hadžić met the Head of Mission', 'HADŽ mission')).toBe(true)
    expect(finds('Amra Hadžić met the Head of Mission', 'hadzic missing')).toBe(false)
    expect(finds('cross-border co-operation', 'border')).toBe(true)
    expect(finds('the borders of Tajikistan', 'order')).toBe(false)
    expect(finds('Программный офис ОБСЕ в Душанбе', 'душан')).toBe(true)
  })

  it('reads a body as text: its tags and entities are not words', () => {
    const words = releaseSearchWords({
      title: 'Title',
      summary: 'Summary',
      body: '<p>Border&nbsp;<strong>management</strong></p>',
    })
    expect(words).toEqual(['title', 'summary', 'border', 'management'])
  })

  it('a query without a word matches everything', () => {
    expect(finds('anything', ' -- ')).toBe(true)
  })

  it('cuts a word longer than any word to its start, where it is stored and where it is asked for', () => {
    const long = 'Long'.repeat(600)
    const [stored] = searchWords(long)
    expect(stored).toHaveLength(maxWordLength)
    expect(finds(long, long)).toBe(true)
    expect(finds(long, 'longlong')).toBe(true)
    // A cut never splits a character in two: a letter beyond the Basic Multilingual Plane stays whole.
    expect([...searchWords('𠀀'.repeat(150))[0]!]).toHaveLength(maxWordLength)
  })
})
