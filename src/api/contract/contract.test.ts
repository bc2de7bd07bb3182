import { describe, expect, it } from 'vitest'
import {
  chairpersonshipInputSchema,
  fieldErrors,
  fieldOperationInputSchema,
  releaseInputSchema,
  releaseListQuerySchema,
  releasePatchSchema,
  stateInputSchema,
} from '.'

const validRelease = {
  type: 'press-release',
  title: 'OSCE Chair-in-Office Borg concludes visit to Tajikistan',
  dateline: { place: 'Dushanbe', date: '2024-06-26' },
  sourceIds: ['structure-chairpersonship'],
}

const messages = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  result.error ? fieldErrors(result.error) : {}

describe('release input', () => {
  it('accepts a minimal release and fills the defaults', () => {
    const parsed = releaseInputSchema.parse(validRelease)
    expect(parsed).toMatchObject({ language: 'en', summary: '', body: '', fieldOfWorkIds: [], stateIds: [] })
  })

  it('names each missing or invalid field with its own message', () => {
    const result = releaseInputSchema.safeParse({
      ...validRelease,
      title: '   ',
      dateline: { place: '', date: '26/06/2024' },
      sourceIds: [],
    })
    expect(messages(result)).toEqual({
      title: 'Title is required',
      'dateline.place': 'Place is required',
      'dateline.date': 'Enter a date as YYYY-MM-DD',
      sourceIds: 'Choose at least one source',
    })
  })

  it('limits the title to 200 characters and the summary to 500', () => {
    expect(releaseInputSchema.safeParse({ ...validRelease, title: 'x'.repeat(200) }).success).toBe(true)
    const result = releaseInputSchema.safeParse({ ...validRelease, title: 'x'.repeat(201), summary: 'y'.repeat(501) })
    expect(messages(result)).toEqual({
      title: 'Title must be at most 200 characters',
      summary: 'Summary must be at most 500 characters',
    })
  })

  it('requires the version a change was based on', () => {
    expect(messages(releasePatchSchema.safeParse({ title: 'New title' }))).toHaveProperty('version')
    expect(releasePatchSchema.safeParse({ title: 'New title', version: 3 }).success).toBe(true)
  })
})

describe('list queries', () => {
  it('parse query strings with defaults', () => {
    expect(releaseListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, sort: '-updatedAt' })
    expect(releaseListQuerySchema.parse({ page: '3', pageSize: '50', sort: 'title', status: 'draft' })).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'title',
      status: 'draft',
    })
  })

  it('reject what the server cannot answer, with a message per parameter', () => {
    const result = releaseListQuerySchema.safeParse({
      page: '0',
      pageSize: '1000',
      sort: 'author',
      status: 'lost',
      from: 'yesterday',
    })
    expect(Object.keys(messages(result)).toSorted()).toEqual(['from', 'page', 'pageSize', 'sort', 'status'])
  })
})

describe('reference data input', () => {
  it('normalises ISO codes and rejects malformed ones', () => {
    expect(stateInputSchema.parse({ name: 'Malta', iso2: 'mt', kind: 'participating-state' }).iso2).toBe('MT')
    expect(messages(stateInputSchema.safeParse({ name: 'Malta', iso2: 'MLT', kind: 'participating-state' }))).toEqual({
      iso2: 'Use the two-letter code: MLT is MT',
    })
    expect(messages(stateInputSchema.safeParse({ name: 'X', iso2: 'M', kind: 'participating-state' }))).toEqual({
      iso2: 'ISO code must be two letters (ISO 3166-1 alpha-2)',
    })
    expect(messages(stateInputSchema.safeParse({ name: 'X', iso2: 'tu', kind: 'participating-state' }))).toEqual({
      iso2: 'TU is not a country code of ISO 3166-1',
    })
  })

  it('does not let an operation close before it opened', () => {
    const operation = {
      name: 'Mission to Georgia',
      type: 'mission',
      location: 'Tbilisi',
      hostStateId: 'state-ge',
      head: null,
      opened: 1992,
    }
    expect(fieldOperationInputSchema.safeParse({ ...operation, closed: 2009 }).success).toBe(true)
    expect(messages(fieldOperationInputSchema.safeParse({ ...operation, closed: 1990 }))).toEqual({
      closed: 'The year closed cannot be before the year opened',
    })
  })

  it('requires a Chair-in-Office name and title', () => {
    const result = chairpersonshipInputSchema.safeParse({
      year: 2024,
      stateId: 'state-mt',
      chairInOffice: { name: '', title: '' },
    })
    expect(messages(result)).toEqual({
      'chairInOffice.name': 'Name is required',
      'chairInOffice.title': 'Title is required',
    })
  })
})

describe('release patch', () => {
  it('changes only the fields it names (no defaults filled in)', () => {
    expect(releasePatchSchema.parse({ title: 'New title', version: 2 })).toEqual({ title: 'New title', version: 2 })
  })
})
