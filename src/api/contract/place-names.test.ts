import { describe, expect, it } from 'vitest'
import { placeNameIn } from './place-names'

describe('placeNameIn', () => {
  it('writes a known place in the language’s own form, from any of its forms, whatever the case', () => {
    expect(placeNameIn('Dushanbe', 'ru')).toBe('Душанбе')
    expect(placeNameIn('DUSHANBE', 'tg')).toBe('Душанбе')
    expect(placeNameIn('Skopje', 'sq')).toBe('Shkup')
    expect(placeNameIn('Скопје', 'en')).toBe('Skopje')
    expect(placeNameIn(' Vienna ', 'de')).toBe('Wien')
  })

  it('keeps English’s form where the language has none of its own, and an unknown place as it is', () => {
    expect(placeNameIn('Skopje', 'fr')).toBe('Skopje')
    expect(placeNameIn('Душанбе', 'it')).toBe('Dushanbe')
    expect(placeNameIn('Ohrid', 'mk')).toBe('Ohrid')
  })
})
