import { zodResolver } from '@hookform/resolvers/zod'
import type { FieldErrors, ResolverOptions } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { releaseInputSchema } from '../../api/contract'
import { contractResolver } from './contract-resolver'
import { emptyFormValues, type ReleaseFormOutput, type ReleaseFormValues } from './form-values'

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ReleaseFormValues>
const ours = contractResolver<ReleaseFormValues, ReleaseFormOutput>(releaseInputSchema)
const theirs = zodResolver(releaseInputSchema) as unknown as typeof ours

// Each error's type and message by its path, as the form (and its error summary) reads them.
const messages = (errors: FieldErrors): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([key, value]) =>
      value && typeof value === 'object' && 'message' in value
        ? [[key, { type: value.type, message: value.message }]]
        : Object.entries(messages(value as FieldErrors)).map(([inner, error]) => [`${key}.${inner}`, error]),
    ),
  )

describe('contractResolver', () => {
  const valid: ReleaseFormValues = {
    ...emptyFormValues(),
    title: 'Minister opens border course',
    dateline: { place: 'Dushanbe', date: '2026-11-20' },
    sourceIds: ['source-1'],
  }
  const cases: [string, ReleaseFormValues, string[]][] = [
    ['an empty form', emptyFormValues(), ['dateline.place', 'sourceIds', 'title']],
    [
      'a bad date and a title too long',
      { ...valid, title: 'x'.repeat(201), dateline: { place: '', date: '20.11.' } },
      ['dateline.date', 'dateline.place', 'title'],
    ],
    ['a valid one', valid, []],
  ]
  it.each(cases)('answers as zodResolver does for %s', async (_name, values, fields) => {
    const [mine, reference] = await Promise.all([ours(values, undefined, options), theirs(values, undefined, options)])
    expect(Object.keys(messages(mine.errors)).toSorted()).toEqual(fields)
    expect(messages(mine.errors)).toEqual(messages(reference.errors))
    expect(mine.values).toEqual(reference.values)
  })
})
