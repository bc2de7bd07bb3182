import { beforeEach, describe, expect, it } from 'vitest'
import { problemSchema, releaseCountsSchema, releasePageSchema, releaseStatuses } from '../../src/api/contract'
import { db, signInAs } from '../db'
import type { StoredRelease } from '../../server/core/records'
import { api } from '../test-support/api'
import { normalizeText } from '../../server/core/list'

// The releases list by family (decision 0020): group=family, language, missingLanguage, and search in every language.
let token = ''
beforeEach(async () => {
  token = await signInAs('user-editor-aigerim')
})
const list = async (query: string) => {
  const { status, json } = await api(`/releases?${query}`, { token })
  expect(status).toBe(200)
  return releasePageSchema.parse(json)
}
const counts = async (query: string) => {
  const { status, json } = await api(`/releases/counts?${query}`, { token })
  expect(status).toBe(200)
  return releaseCountsSchema.parse(json)
}
/** Every row of a list, page after page. */
const everyRow = async (query: string) => {
  const first = await list(`${query}&pageSize=100`)
  const rest = await Promise.all(
    Array.from({ length: Math.ceil(first.total / 100) - 1 }, (_, index) =>
      list(`${query}&pageSize=100&page=${index + 2}`),
    ),
  )
  return [first, ...rest].flatMap((page) => page.items)
}

const familyOf = (release: StoredRelease) => release.originalId ?? release.id
/** The seed's families: each key with its versions. */
function families(): Map<string, StoredRelease[]> {
  const byFamily = new Map<string, StoredRelease[]>()
  for (const release of db.releases.all())
    byFamily.set(familyOf(release), [...(byFamily.get(familyOf(release)) ?? []), release])
  return byFamily
}

describe('GET /releases?group=family', () => {
  it('answers each family once, by its original, with every version in its languages summary', async () => {
    const expected = families()
    const translated = [...expected.values()].filter((versions) => versions.length > 1)
    expect(translated.length).toBeGreaterThan(0)
    const rows = await everyRow('group=family')
    expect(rows).toHaveLength(expected.size)
    expect(new Set(rows.map((row) => row.originalId ?? row.id)).size).toBe(expected.size)
    // With no filter, every original matches: it is its family's row.
    expect(rows.every((row) => row.originalId === null)).toBe(true)
    const dushanbe = rows.find((row) => row.id === 'release-borg-tajikistan')!
    expect(dushanbe.languages).toEqual([
      { id: 'release-borg-tajikistan', language: 'en', status: 'published', stale: false },
      { id: 'release-borg-tajikistan-ru', language: 'ru', status: 'published', stale: false },
    ])
    for (const row of rows) {
      const versions = expected.get(row.id)!
      expect(row.languages?.map((version) => version.id).toSorted()).toEqual(versions.map((v) => v.id).toSorted())
      expect(row.languages?.[0]?.id).toBe(row.id)
    }
  })

  it('says which translations need an update', async () => {
    const rows = await everyRow('group=family')
    const stale = rows.flatMap((row) => row.languages ?? []).filter((version) => version.stale)
    expect(stale.length).toBeGreaterThan(0)
    for (const version of stale) expect(db.releases.all().find((r) => r.id === version.id)?.originalId).toBeTruthy()
  })

  it('says whether a translation that stands for its family needs an update, as its own page does', async () => {
    // Every family with a stale translation, listed by that translation (its language only).
    const staleIds = (await everyRow('group=family'))
      .flatMap((row) => row.languages ?? [])
      .filter((version) => version.stale)
      .map((version) => version.id)
    expect(staleIds.length).toBeGreaterThan(0)
    for (const id of staleIds) {
      const translation = db.releases.all().find((release) => release.id === id)!
      const rows = await everyRow(`group=family&language=${translation.language}`)
      const row = rows.find((item) => item.id === id)
      expect({ id, listed: row?.stale, versions: row?.languages?.find((version) => version.id === id)?.stale }).toEqual(
        {
          id,
          listed: true,
          versions: true,
        },
      )
    }
  })

  it('leaves the summary out without group, and keeps every version its own row', async () => {
    const page = await list('pageSize=1')
    expect(page.total).toBe(db.releases.all().length)
    expect(page.items[0]).not.toHaveProperty('languages')
  })

  it('filters versions: a family whose original does not match is shown by its first matching translation', async () => {
    const expected = new Map<string, StoredRelease>()
    for (const release of db.releases.all().filter((r) => r.status === 'in-review')) {
      const current = expected.get(familyOf(release))
      const better =
        !current ||
        (current.originalId !== null &&
          current.originalId !== undefined &&
          (!release.originalId || release.language < current.language))
      if (better) expected.set(familyOf(release), release)
    }
    const rows = await everyRow('group=family&status=in-review')
    expect(rows.map((row) => row.id).toSorted()).toEqual([...expected.values()].map((r) => r.id).toSorted())
    expect(rows.every((row) => row.status === 'in-review')).toBe(true)
    expect(rows.some((row) => row.originalId !== null)).toBe(true)
  })

  it('counts families per status: once per status it has a version in, and the families in total', async () => {
    const byFamily = families()
    const { counts: perStatus, total } = await counts('group=family')
    expect(total).toBe(byFamily.size)
    for (const status of releaseStatuses) {
      const expected = [...byFamily.values()].filter((versions) => versions.some((v) => v.status === status)).length
      expect({ status, count: perStatus[status] }).toEqual({ status, count: expected })
      expect((await list(`group=family&status=${status}&pageSize=1`)).total).toBe(expected)
    }
    // Without group, versions are counted, and the total is their sum.
    const versions = await counts('')
    expect(versions.total).toBe(db.releases.all().length)
    expect(releaseStatuses.reduce((sum, status) => sum + versions.counts[status], 0)).toBe(versions.total)
  })

  it('answers 422 naming the field for an unknown grouping', async () => {
    const { status, json } = await api('/releases?group=language', { token })
    expect(status).toBe(422)
    expect(problemSchema.parse(json).errors).toHaveProperty('group')
  })
})

describe('GET /releases?language= and ?missingLanguage=', () => {
  it('language: the versions in it; grouped, the families that have it, each row being that version', async () => {
    const russian = db.releases.all().filter((release) => release.language === 'ru')
    expect(russian.length).toBeGreaterThan(1)
    const versions = await everyRow('language=ru')
    expect(versions.map((row) => row.id).toSorted()).toEqual(russian.map((r) => r.id).toSorted())
    const rows = await everyRow('group=family&language=ru')
    expect(rows.map((row) => row.id).toSorted()).toEqual(russian.map((r) => r.id).toSorted())
    expect(rows.every((row) => row.language === 'ru' && row.languages!.some((v) => v.language === 'ru'))).toBe(true)
    expect((await counts('group=family&language=ru')).total).toBe(russian.length)
  })

  it('language: several codes, comma-separated, the versions in any of them; grouped, one row a family', async () => {
    const inEither = db.releases.all().filter((release) => release.language === 'ru' || release.language === 'en')
    const versions = await everyRow('language=ru,EN')
    expect(versions.map((row) => row.id).toSorted()).toEqual(inEither.map((r) => r.id).toSorted())
    expect((await counts('language=ru,en')).total).toBe(inEither.length)
    // One code alone answers as before; a code named twice counts once.
    expect((await list('language=ru,ru&pageSize=1')).total).toBe((await list('language=ru&pageSize=1')).total)

    const rows = await everyRow('group=family&language=fr,ru')
    const withEither = [...families().values()].filter((family) =>
      family.some((v) => ['fr', 'ru'].includes(v.language)),
    )
    expect(rows).toHaveLength(withEither.length)
    expect(rows.every((row) => row.language === 'fr' || row.language === 'ru')).toBe(true)
    // The Dushanbe release's row is its Russian version: its English original is not one of them.
    expect(rows.find((row) => row.originalId === 'release-borg-tajikistan')?.id).toBe('release-borg-tajikistan-ru')
  })

  it('language: a malformed second code answers 422 naming the field and the code', async () => {
    for (const query of ['language=en,russian', 'language=en,', 'missingLanguage=en,fr']) {
      const { status, json } = await api(`/releases?${query}`, { token })
      expect({ query, status }).toEqual({ query, status: 422 })
      const field = query.split('=')[0]!
      expect(problemSchema.parse(json).errors).toHaveProperty(field)
    }
    const { json } = await api('/releases?language=en,russian', { token })
    expect(problemSchema.parse(json).errors?.language).toMatch(/^russian: Code must be a BCP 47 tag/)
    expect((await api('/releases/export?language=en,russian', { token })).status).toBe(422)
  })

  it('missingLanguage: the families without a version in it, grouped or not', async () => {
    const withoutRussian = [...families().entries()].filter(
      ([, versions]) => !versions.some((v) => v.language === 'ru'),
    )
    const rows = await everyRow('group=family&missingLanguage=ru')
    expect(rows.map((row) => row.id).toSorted()).toEqual(withoutRussian.map(([key]) => key).toSorted())
    expect(rows.every((row) => !row.languages!.some((v) => v.language === 'ru'))).toBe(true)
    expect(rows.some((row) => row.id === 'release-borg-tajikistan')).toBe(false)
    const versions = await list('missingLanguage=ru&pageSize=1')
    expect(versions.total).toBe(withoutRussian.flatMap(([, family]) => family).length)
    expect((await counts('group=family&missingLanguage=ru')).total).toBe(withoutRussian.length)
  })

  it('takes a code in either case, and answers 422 naming the field for a malformed one', async () => {
    expect((await list('language=RU&pageSize=1')).total).toBe((await list('language=ru&pageSize=1')).total)
    for (const param of ['language', 'missingLanguage']) {
      const { status, json } = await api(`/releases?${param}=russian`, { token })
      expect(status).toBe(422)
      expect(problemSchema.parse(json).errors).toHaveProperty(param)
      const counted = await api(`/releases/counts?${param}=r`, { token })
      expect(counted.status).toBe(422)
    }
  })

  it('a new translation takes its family out of missingLanguage at once', async () => {
    const [row] = (await list('group=family&missingLanguage=de&sort=title')).items
    const created = await api(`/releases/${row!.id}/translations`, { method: 'POST', token, body: { language: 'de' } })
    expect(created.status).toBe(201)
    const after = await everyRow('group=family&missingLanguage=de')
    expect(after.some((item) => item.id === row!.id)).toBe(false)
    const [withGerman] = (await list(`group=family&language=de&q=${encodeURIComponent(row!.title)}`)).items
    expect(withGerman?.id).toBe(created.json.id)
    expect(withGerman?.languages?.map((v) => v.language)).toContain('de')
  })
})

describe('GET /releases?q= in every language', () => {
  it('"Душанбе" finds the Russian version of the Dushanbe release, in any case; grouped, as its family’s row', async () => {
    for (const q of ['Душанбе', 'душанбе', 'ДУШАНБЕ']) {
      const page = await list(`q=${encodeURIComponent(q)}&pageSize=100`)
      expect(page.items.map((item) => item.id)).toContain('release-borg-tajikistan-ru')
      expect(page.items.every((item) => item.language !== 'en' || item.id !== 'release-borg-tajikistan')).toBe(true)
    }
    const grouped = await list(`group=family&q=${encodeURIComponent('Душанбе')}&pageSize=100`)
    const row = grouped.items.find((item) => item.originalId === 'release-borg-tajikistan')
    expect(row?.id).toBe('release-borg-tajikistan-ru')
    expect(row?.languages?.map((version) => version.language)).toEqual(['en', 'ru'])
  })

  it('folds Cyrillic case and marks as it folds Latin: ё and й match е and и, Ё and Й too', () => {
    expect(normalizeText('ДУШАНБЕ')).toBe(normalizeText('Душанбе'))
    expect(normalizeText('Ёлка')).toBe(normalizeText('елка'))
    expect(normalizeText('Пограничный Й')).toBe(normalizeText('пограничныи и'))
    expect(normalizeText('Türkiye')).toBe('turkiye')
  })

  it('the English text still finds the English original, grouped as its family', async () => {
    const grouped = await list(`group=family&q=Dushanbe&pageSize=100`)
    expect(grouped.items.map((item) => item.id)).toContain('release-borg-tajikistan')
  })
})
