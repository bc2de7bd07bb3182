/** The releases list by family (decision 0020): group=family, language, missingLanguage, and the counts of families. */
import { expectCall, expectThat } from '../http'
import { draft, type Release } from '../fixtures'
import type { Cases } from './case'

type Summary = { id: string; language: string; status: string; stale: boolean }
type Item = { id: string; language: string; originalId: string | null; languages?: Summary[] }

/** A new draft and its Russian translation: a family of two, found by the draft's unique title. */
async function family(): Promise<{ original: Release; russian: Release; q: string }> {
  const original = await draft()
  const created = await expectCall(
    'POST /releases/{id}/translations',
    { as: 'otherEditor', params: { id: original.id }, body: { language: 'ru' } },
    201,
    'setting up: a Russian translation',
  )
  return { original, russian: created.json, q: original.title as string }
}

const list = (query: Record<string, string>, why: string) =>
  expectCall('GET /releases', { as: 'editor', query: { pageSize: '100', ...query } }, 200, why)

export const familyCases: Cases = {
  'GET /releases': [
    {
      name: 'group=family: a family once, its original the row, with every version in `languages`',
      run: async () => {
        const { original, russian, q } = await family()
        const versions = await list({ q }, 'without group')
        const ids = versions.json.items.map((item: Item) => item.id)
        expectThat(versions, ids.includes(original.id) && ids.includes(russian.id), 'every version is its own row')
        expectThat(
          versions,
          versions.json.items.every((item: Item) => item.languages === undefined),
          'no languages summary without group',
        )

        const grouped = await list({ q, group: 'family' }, 'group=family')
        const rows = grouped.json.items.filter((item: Item) => item.id === original.id || item.id === russian.id)
        expectThat(grouped, rows.length === 1 && rows[0].id === original.id, 'the family once, by its original')
        const languages: Summary[] = rows[0]?.languages ?? []
        expectThat(
          grouped,
          languages.map((version) => `${version.id}:${version.language}:${version.status}:${version.stale}`).join() ===
            `${original.id}:en:draft:false,${russian.id}:ru:draft:false`,
          'languages: the original first, then the Russian, each with its status and staleness',
        )
      },
    },
    {
      name: 'language and missingLanguage filter versions and families; grouped, the row is that language’s version',
      run: async () => {
        const { original, russian, q } = await family()
        const inRussian = await list({ q, language: 'ru', group: 'family' }, 'language=ru, grouped')
        expectThat(
          inRussian,
          inRussian.json.items.length === 1 && inRussian.json.items[0].id === russian.id,
          'the family’s row is its Russian version',
        )
        const versions = await list({ q, language: 'RU' }, 'language=RU, in capitals')
        expectThat(
          versions,
          versions.json.items.length === 1 && versions.json.items[0].id === russian.id,
          'only the version in that language',
        )
        const lacking = await list({ q, missingLanguage: 'ru', group: 'family' }, 'missingLanguage=ru')
        expectThat(lacking, lacking.json.items.length === 0, 'a family with a Russian version lacks no Russian')
        const noFrench = await list({ q, missingLanguage: 'fr', group: 'family' }, 'missingLanguage=fr')
        expectThat(
          noFrench,
          noFrench.json.items.length === 1 && noFrench.json.items[0].id === original.id,
          'the family lacks French',
        )
      },
    },
    {
      name: 'language names several codes, comma-separated: a version in any of them',
      run: async () => {
        const { original, russian, q } = await family()
        const both = await list({ q, language: 'fr,RU,en' }, 'language=fr,RU,en')
        expectThat(
          both,
          both.json.items
            .map((item: Item) => item.id)
            .toSorted()
            .join() === [original.id, russian.id].toSorted().join(),
          'both versions: the English and the Russian',
        )
        const grouped = await list({ q, language: 'fr,ru', group: 'family' }, 'language=fr,ru, grouped')
        expectThat(
          grouped,
          grouped.json.items.length === 1 && grouped.json.items[0].id === russian.id,
          'the family once, its row the version in one of them',
        )
        const none = await list({ q, language: 'fr,de' }, 'language=fr,de')
        expectThat(none, none.json.items.length === 0, 'no version in either')
      },
    },
    {
      name: 'malformed language codes and an unknown grouping: 422',
      run: async () => {
        for (const query of [
          { language: 'russian' },
          { language: 'en,russian' },
          { language: 'en,' },
          { missingLanguage: '1' },
          { missingLanguage: 'en,fr' },
          { group: 'language' },
        ] as Array<Record<string, string>>)
          await expectCall('GET /releases', { as: 'editor', query }, 422, JSON.stringify(query))
      },
    },
  ],

  'GET /releases/counts': [
    {
      name: 'group=family counts families: once per status, and in total',
      run: async () => {
        const { q } = await family()
        const versions = await expectCall('GET /releases/counts', { as: 'editor', query: { q } }, 200, 'versions')
        expectThat(
          versions,
          versions.json.counts.draft === 2 && versions.json.total === 2,
          'two drafts, two in all, without group',
        )
        const families = await expectCall(
          'GET /releases/counts',
          { as: 'editor', query: { q, group: 'family' } },
          200,
          'families',
        )
        expectThat(
          families,
          families.json.counts.draft === 1 && families.json.total === 1,
          'one family, of drafts, with group=family',
        )
        await expectCall('GET /releases/counts', { as: 'editor', query: { missingLanguage: 'x' } }, 422, 'a bad code')
      },
    },
  ],
}
