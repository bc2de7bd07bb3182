import { describe, expect, it } from 'vitest'
import { db, find } from '../db'
import { seedPressRelease, seedPressReleaseParagraphs } from './press-release'
import { generateReleases } from './generate-releases'
import { releaseStatuses } from '../../src/api/contract'

describe('seed', () => {
  it('has the 57 participating States and the 5 Asian and 6 Mediterranean partners', () => {
    const kinds = db.states.all().map((state) => state.kind)
    expect(kinds.filter((kind) => kind === 'participating-state')).toHaveLength(57)
    expect(kinds.filter((kind) => kind === 'asian-partner')).toHaveLength(5)
    expect(kinds.filter((kind) => kind === 'mediterranean-partner')).toHaveLength(6)
    expect(find('states', 'state-tr')).toMatchObject({ name: 'Türkiye', iso2: 'TR' })
    expect(db.states.all().map((state) => state.name)).toEqual(
      expect.arrayContaining(['Holy See', 'Mongolia', 'Albania', 'Uzbekistan']),
    )
  })

  it('has 12 active and 8 closed field operations; Dushanbe is headed by Ambassador Willy Kempel', () => {
    const operations = db.fieldOperations.all()
    expect(operations.filter((operation) => operation.closed === null)).toHaveLength(12)
    expect(operations.filter((operation) => operation.closed !== null)).toHaveLength(8)
    expect(find('fieldOperations', 'field-operation-programme-office-in-dushanbe')).toMatchObject({
      head: 'Ambassador Willy Kempel',
      hostStateId: 'state-tj',
      type: 'programme office',
    })
    expect(find('fieldOperations', 'field-operation-mission-in-kosovo')?.hostStateId).toBeNull()
  })

  it('has the 23 fields of work in page order and chairpersonships 2019–2026', () => {
    const fields = db.fieldsOfWork.all().map((field) => field.name)
    expect(fields).toHaveLength(23)
    expect(fields[0]).toBe('Arms control')
    expect(fields.at(-1)).toBe('Youth')
    const chairs = db.chairpersonships.all()
    expect(chairs.map((chair) => chair.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(find('chairpersonships', 'chairpersonship-2024')).toMatchObject({
      stateId: 'state-mt',
      chairInOffice: { name: 'Ian Borg' },
    })
    expect(find('chairpersonships', 'chairpersonship-2025')?.stateId).toBe('state-fi')
  })

  it('has the structures: Chairpersonship, 12 Secretariat units, 3 institutions, 2 others', () => {
    const kinds = db.structures.all().map((structure) => structure.kind)
    expect(kinds.filter((kind) => kind === 'chairpersonship')).toHaveLength(1)
    expect(kinds.filter((kind) => kind === 'secretariat')).toHaveLength(12)
    expect(kinds.filter((kind) => kind === 'institution')).toHaveLength(3)
    expect(kinds.filter((kind) => kind === 'other')).toHaveLength(2)
  })

  it('has the press release of the source page verbatim, without the dateline in its body', () => {
    const release = find('releases', 'release-borg-tajikistan')!
    expect(release).toEqual(seedPressRelease)
    expect(release.title).toBe(
      'OSCE Chair-in-Office Borg concludes visit to Tajikistan, stresses importance of regional responses to common challenges',
    )
    expect(release.dateline).toEqual({ place: 'Dushanbe', date: '2024-06-26' })
    expect(release.body.startsWith('<p>Today, OSCE Chair-in-Office')).toBe(true)
    expect(release.body).not.toContain('DUSHANBE')
    expect(release.body.match(/<p>/g)).toHaveLength(5)
    expect(seedPressReleaseParagraphs[3]).toContain('Ambassador Willy Kempel')
    expect(release.publishedAt).toBe('2024-06-26T10:00:00.000Z')
    // 300 generated originals, 65 translations of them, the source page's release and its Russian version.
    expect(db.releases.count()).toBe(367)
  })

  it('generates the same plausible releases every time, in every status', () => {
    const releases = generateReleases(300)
    expect(generateReleases(300)).toEqual(releases)
    expect(new Set(releases.map((release) => release.status))).toEqual(new Set(releaseStatuses))
    const authors = new Set(
      db.users
        .all()
        .filter((user) => user.role === 'editor')
        .map((user) => user.id),
    )
    for (const release of releases) {
      expect(release.createdAt <= release.updatedAt).toBe(true)
      expect(release.dateline.date >= '2023-01-01' && release.dateline.date <= '2026-12-31').toBe(true)
      expect(authors.has(release.authorId)).toBe(true)
      expect(release.body).toMatch(/^<p>/)
      expect(release.version).toBeGreaterThanOrEqual(1)
    }
  })
})
