import { describe, expect, it } from 'vitest'
import { fieldErrors } from './common'
import { languageCodeSchema, languageInputSchema, languagePatchSchema } from './languages'
import { releaseInputSchema } from './releases'

describe('languageCodeSchema', () => {
  it('takes a BCP 47 language subtag of two or three letters, with or without a script, in BCP 47’s case', () => {
    expect(languageCodeSchema.parse('ru')).toBe('ru')
    expect(languageCodeSchema.parse(' CNR ')).toBe('cnr')
    expect(languageCodeSchema.parse('SR-latn')).toBe('sr-Latn')
  })

  it('refuses what is no language tag, saying what one looks like', () => {
    expect(languageCodeSchema.safeParse(' ').error?.issues[0]?.message).toBe('Code is required')
    for (const code of ['r', 'english', 'sr-RS', 'sr_Latn', 'sr-Latn-RS', 'ру', 'e1'])
      expect({ code, message: languageCodeSchema.safeParse(code).error?.issues[0]?.message }).toEqual({
        code,
        message: 'Code must be a BCP 47 tag: two or three letters, then optionally a script (sr-Latn)',
      })
  })

  it('is the language of a release: English when not given', () => {
    const release = {
      type: 'press-release',
      title: 'A title',
      dateline: { place: 'Skopje', date: '2024-06-26' },
      sourceIds: ['structure-chairpersonship'],
    }
    expect(releaseInputSchema.parse(release).language).toBe('en')
    expect(releaseInputSchema.parse({ ...release, language: 'MK' }).language).toBe('mk')
    expect(releaseInputSchema.parse({ ...release, language: 'cnr' }).language).toBe('cnr')
    expect(fieldErrors(releaseInputSchema.safeParse({ ...release, language: 'macedonian' }).error!)).toHaveProperty(
      'language',
    )
  })
})

describe('languageInputSchema', () => {
  it('needs a code, both names and a script; a language is not official unless said', () => {
    expect(languageInputSchema.parse({ code: 'sq', name: 'Albanian', nativeName: 'Shqip', script: 'Latn' })).toEqual({
      code: 'sq',
      name: 'Albanian',
      nativeName: 'Shqip',
      script: 'Latn',
      official: false,
    })
    expect(fieldErrors(languageInputSchema.safeParse({ name: ' ', script: 'Cyrillic' }).error!)).toEqual({
      code: 'Code is required',
      name: 'Name is required',
      nativeName: 'Native name is required',
      script: 'Choose a script',
    })
  })

  it('lets a change name any field, with its version', () => {
    expect(languagePatchSchema.parse({ nativeName: 'Српски', version: 3 })).toEqual({
      nativeName: 'Српски',
      version: 3,
    })
    expect(languagePatchSchema.safeParse({ nativeName: 'Српски' }).success).toBe(false)
  })
})
