import { describe, expect, it } from 'vitest'
import { db, find, resetDb } from '../db'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { isStale } from '../../server/core/workflow/translations'
import { generateSeedReleases } from './generate-releases'
import { seedPressRelease } from './press-release'
import { seedPressReleaseRu } from './press-release-ru'
import { operationWords } from './translation-templates'
import { seedUsers } from './users'

const roleOf = new Map(seedUsers.map((user) => [user.id, user.role]))
const contentOf = (release: Pick<StoredRelease, 'title' | 'summary' | 'body'>) => ({
  title: release.title,
  summary: release.summary,
  body: release.body,
})
const firstPublication = (entries: readonly StoredHistoryEntry[]) =>
  entries.find((entry) => entry.to === 'published')?.at

/**
 * Every rule a seeded family keeps (decision 0020), over a set of releases and their history:
 * the translations, and what each one breaks, in words ("release-00042-ru (scheduled): …").
 */
function checkFamilies(
  releases: readonly StoredRelease[],
  history: ReadonlyMap<string, readonly StoredHistoryEntry[]>,
) {
  const byId = new Map(releases.map((release) => [release.id, release]))
  const translations = releases.filter((release) => release.originalId)
  const languagesOf = new Map<string, string[]>()
  const problems: string[] = []
  for (const translation of translations) {
    const fail = (rule: string, broken: boolean) => {
      if (broken) problems.push(`${translation.id} (${translation.status}): ${rule}`)
    }
    const original = byId.get(translation.originalId!)
    if (!original) {
      problems.push(`${translation.id}: its original ${translation.originalId} is missing`)
      continue
    }
    fail('its original is an original', (original.originalId ?? null) !== null || original.basedOn !== undefined)
    const languages = languagesOf.get(original.id) ?? [original.language]
    fail('one version per language in a family', languages.includes(translation.language))
    languagesOf.set(original.id, [...languages, translation.language])

    fail('it is based on a revision of its original', !translation.basedOn)
    fail('based on no revision past its original’s', translation.basedOn!.revision > (original.contentRevision ?? 0))
    const stale = isStale(translation, original)
    const sameWords =
      JSON.stringify(translation.basedOn) ===
      JSON.stringify({ revision: translation.basedOn!.revision, ...contentOf(original) })
    fail('a stale translation is never scheduled', stale && translation.status === 'scheduled')
    fail('a stale one’s basis differs from its original now (a diff shows what changed)', stale && sameWords)
    fail('a current one is based on its original’s words now', !stale && !sameWords)

    const own = history.get(translation.id) ?? []
    const originals = history.get(original.id) ?? []
    fail(
      'its history starts with its author creating it',
      own[0]?.kind !== 'created' || own[0].actorId !== translation.authorId,
    )
    fail('its history ends in its status', own.at(-1)?.to !== translation.status)
    fail('made after its original', Date.parse(translation.createdAt) <= Date.parse(original.createdAt))
    for (const approval of own.filter((entry) => entry.kind === 'approve'))
      fail(
        'approved by a reviewer who did not write it',
        roleOf.get(approval.actorId!) !== 'reviewer' || approval.actorId === translation.authorId,
      )
    const published = firstPublication(own)
    const originalPublished = firstPublication(originals)
    fail(
      'never published before its original',
      published !== undefined && !(originalPublished && published >= originalPublished),
    )
    // A published version is stale only when its original was reopened and changed after it went out.
    fail(
      'published and stale only when its original was reopened since',
      stale &&
        translation.status === 'published' &&
        !originals.some((entry) => entry.kind === 'reopen' && entry.at > published!),
    )
    fail(
      'scheduled only when its original is scheduled or out',
      translation.status === 'scheduled' && !['scheduled', 'published'].includes(original.status),
    )
  }
  return { translations, problems }
}

describe('the seed’s language families', () => {
  it('keep their rules in the seeded database: originals exist, one version per language, none stale and scheduled, none out before its original', async () => {
    await resetDb()
    const releases = db.releases.all()
    const { translations, problems } = checkFamilies(releases, db.seedHistory)
    expect(problems).toEqual([])
    // About 15% of the 300 generated originals, in several languages and statuses, some stale.
    const families = new Set(translations.map((translation) => translation.originalId))
    expect(families.size).toBeGreaterThan(30)
    expect(families.size).toBeLessThan(70)
    const byId = new Map(releases.map((release) => [release.id, release]))
    const stale = translations.filter((translation) => isStale(translation, byId.get(translation.originalId!)))
    expect(new Set(stale.map((translation) => translation.status))).toEqual(
      new Set(['draft', 'in-review', 'published']),
    )
    expect(new Set(translations.map((translation) => translation.status)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(translations.map((translation) => translation.language))).toEqual(
      new Set(['ru', 'tg', 'mk', 'sq', 'ro', 'fr', 'de', 'es']),
    )
  })

  it('are written in languages of the field operation they are about, with its place in that language', () => {
    const { releases } = generateSeedReleases(1_000)
    const translations = releases.filter((release) => release.originalId)
    expect(translations.length).toBeGreaterThan(100)
    for (const translation of translations) {
      const operationId = translation.sourceIds.find((id) => id.startsWith('structure-field-operation-'))!.slice(10)
      expect(Object.keys(operationWords[operationId]!)).toContain(translation.language)
      expect(translation.dateline.place).toBe(operationWords[operationId]![translation.language]!.place)
      expect(translation.id).toBe(`${translation.originalId}-${translation.language}`)
    }
  })

  it('keep their rules with 1,000 generated releases', () => {
    const { releases, history } = generateSeedReleases(1_000)
    const { translations, problems } = checkFamilies(releases, history)
    expect(problems).toEqual([])
    expect(translations.length).toBeGreaterThan(100)
  })

  it('include the Dushanbe release’s Russian version: published the next day, reviewed by another, not stale', async () => {
    await resetDb()
    const russian = find('releases', 'release-borg-tajikistan-ru')!
    const english = find('releases', seedPressRelease.id)!
    expect(russian).toEqual(seedPressReleaseRu)
    expect(russian).toMatchObject({ originalId: english.id, language: 'ru', status: 'published' })
    expect(russian.dateline).toEqual({ place: 'Душанбе', date: english.dateline.date })
    expect(isStale(russian, english)).toBe(false)
    expect(russian.basedOn).toEqual({ revision: 0, ...contentOf(english) })
    expect(russian.publishedAt! > english.publishedAt!).toBe(true)
    // The same structure: as many paragraphs, the first of them the summary.
    expect(russian.body.match(/<p>/g)).toHaveLength(english.body.match(/<p>/g)!.length)
    expect(russian.body.startsWith(`<p>${russian.summary}</p>`)).toBe(true)
    expect(russian.title).toContain('Действующий председатель ОБСЕ Борг')
    expect(russian.body).toContain('Программным офисом ОБСЕ в Душанбе')
    const approval = db.seedHistory.get(russian.id)!.find((entry) => entry.kind === 'approve')!
    expect(roleOf.get(approval.actorId!)).toBe('reviewer')
    expect(approval.actorId).not.toBe(russian.authorId)
    expect(roleOf.get(russian.authorId)).toBe('editor')
  })
})
