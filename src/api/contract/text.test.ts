import { describe, expect, it } from 'vitest'
import {
  chairpersonshipInputSchema,
  fieldOfWorkInputSchema,
  fieldOperationInputSchema,
  releaseInputSchema,
  releaseListQuerySchema,
  stateInputSchema,
  stripBidiControls,
  textLength,
} from '.'

const release = {
  type: 'press-release',
  title: 'OSCE Chair-in-Office concludes visit',
  dateline: { place: 'Dushanbe', date: '2024-06-26' },
  sourceIds: ['structure-chairpersonship'],
}

const rlo = '\u202E'
const everyControl = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C'

describe('one length rule: code points', () => {
  it('counts an emoji once, as the contract does', () => {
    expect(textLength('Flags 🇦🇹 and 🎉')).toBe(14)
    expect('🎉'.length).toBe(2)
    expect(textLength('🎉')).toBe(1)
  })

  it('takes a title of 200 emoji and refuses 201, whatever their UTF-16 length', () => {
    const title = '🎉'.repeat(200)
    expect(textLength(title)).toBe(200)
    expect(releaseInputSchema.safeParse({ ...release, title }).success).toBe(true)
    expect(releaseInputSchema.safeParse({ ...release, title: `${title}🎉` }).success).toBe(false)
  })
})

describe('bidi controls in one-line fields', () => {
  it('removes every kind of bidi control, and nothing else', () => {
    expect(stripBidiControls(`a${everyControl}b ‏שלום`)).toBe('ab שלום')
  })

  it('are removed from titles, places, names and search text on input', () => {
    const parsed = releaseInputSchema.parse({
      ...release,
      title: `Visit ${rlo}txt.exe`,
      dateline: { ...release.dateline, place: `${rlo}Vienna` },
    })
    expect(parsed.title).toBe('Visit txt.exe')
    expect(parsed.dateline.place).toBe('Vienna')

    const state = stateInputSchema.parse({
      name: `Aus${rlo}tria`,
      iso2: 'at',
      kind: 'participating-state',
      capital: `${everyControl} Vienna`,
    })
    expect(state).toMatchObject({ name: 'Austria', capital: 'Vienna' })

    const operation = fieldOperationInputSchema.parse({
      name: `Mission${rlo}`,
      type: 'mission',
      location: `\u2067Skopje\u2069`,
      hostStateId: null,
      head: `${rlo}Someone`,
      opened: 1992,
      closed: null,
    })
    expect(operation).toMatchObject({ name: 'Mission', location: 'Skopje', head: 'Someone' })

    expect(fieldOfWorkInputSchema.parse({ name: `${rlo}Elections` }).name).toBe('Elections')
    expect(chairpersonshipInputSchema.shape.chairInOffice.parse({ name: `${rlo}Name`, title: `Chair${rlo}` })).toEqual({
      name: 'Name',
      title: 'Chair',
    })
    expect(releaseListQuerySchema.parse({ q: `${rlo}visit` }).q).toBe('visit')
  })

  it('a title of bidi controls only is missing, not empty text', () => {
    const result = releaseInputSchema.safeParse({ ...release, title: `${rlo}${rlo} ` })
    expect(result.error?.issues[0]).toMatchObject({ path: ['title'], message: 'Title is required' })
  })

  it('leave multi-line text alone: the summary and the body keep what was typed', () => {
    const parsed = releaseInputSchema.parse({ ...release, summary: `Summary ${rlo}x`, body: `<p>${rlo}x</p>` })
    expect(parsed.summary).toBe(`Summary ${rlo}x`)
    expect(parsed.body).toBe(`<p>${rlo}x</p>`)
  })
})
