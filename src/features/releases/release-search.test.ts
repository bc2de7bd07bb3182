import { describe, expect, it } from 'vitest'
import { countFilters, hasFilters, noFilters, releaseListParams, releaseSearchSchema } from './release-search'

describe('releaseSearchSchema', () => {
  it('reads every filter of a link', () => {
    const search = releaseSearchSchema.parse({
      page: '2',
      pageSize: '50',
      sort: 'title',
      status: 'draft',
      q: 'border',
      fieldOfWork: 'field-of-work-gender-equality',
      state: 'state-tj',
      fieldOperation: 'field-operation-programme-office-in-dushanbe',
      source: 'structure-chairpersonship',
      author: 'user-editor-amra',
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(search).toMatchObject({
      page: 2,
      pageSize: 50,
      sort: 'title',
      status: 'draft',
      from: '2024-01-01',
      to: '2024-12-31',
    })
  })

  it('falls back to the default of each bad value and keeps the good ones', () => {
    expect(
      releaseSearchSchema.parse({
        page: '-1',
        pageSize: '10',
        sort: 'author',
        status: 'lost',
        from: '2024-02-30',
        to: 'soon',
        state: 'state-tj',
      }),
    ).toEqual({ page: 1, pageSize: 25, sort: '-updatedAt', state: 'state-tj' })
  })

  it('offers 25, 50 or 100 a page', () => {
    expect(releaseSearchSchema.parse({ pageSize: 100 }).pageSize).toBe(100)
    expect(releaseSearchSchema.parse({ pageSize: 75 }).pageSize).toBe(25)
  })
})

describe('filters', () => {
  it('knows when any filter is set, paging and sorting aside', () => {
    expect(hasFilters({})).toBe(false)
    expect(hasFilters({ ...noFilters })).toBe(false)
    expect(hasFilters({ to: '2024-01-01' })).toBe(true)
  })

  it('counts statuses under every filter but the status itself, by family', () => {
    const search = releaseSearchSchema.parse({ page: 3, status: 'draft', author: 'user-editor-amra', q: 'visit' })
    expect(JSON.parse(JSON.stringify(countFilters(search)))).toEqual({
      author: 'user-editor-amra',
      q: 'visit',
      group: 'family',
    })
  })

  it('lists families, a grouping the URL never carries, and keeps the language filters', () => {
    const search = releaseSearchSchema.parse({ group: 'none', language: 'RU', missingLanguage: 'r' })
    expect(search).not.toHaveProperty('group')
    expect(search.language).toBe('ru')
    expect(search.missingLanguage).toBeUndefined()
    expect(releaseListParams(search)).toMatchObject({ group: 'family', language: 'ru' })
    expect(hasFilters({ missingLanguage: 'fr' })).toBe(true)
  })
})
