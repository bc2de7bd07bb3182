import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFieldOperations } from '../../mocks/seed/field-operations'
import { seedPressRelease } from '../../mocks/seed/press-release'
import type { StoredFieldOperation, StoredRelease } from '../core/records'
import { arrayLiteral, bulkInsert } from './bulk-insert'
import { codecs } from './codecs'
import { queryRows, type OpenedDatabase } from './connect'
import { createSqlStorage } from './storage'
import { OPENING, openTestDatabase } from './testing'

/** Texts that an array literal or a cast could get wrong. */
const awkward = ['a "quoted" word', 'back\\slash', 'comma, and {braces}', 'NULL', '', 'Душанбе ✓', "it's"]

describe('a bulk insert', () => {
  let opened: OpenedDatabase
  beforeAll(async () => {
    opened = await openTestDatabase()
  }, OPENING)
  afterAll(() => opened.close())

  it('writes arrays of any text as PostgreSQL reads them', async () => {
    const [row] = await queryRows<{ values: string[] }>(
      opened.db,
      sql`SELECT ${arrayLiteral(awkward)}::text[] AS values`,
    )
    expect(row?.values).toEqual(awkward)
    expect(arrayLiteral([])).toBe('{}')
  })

  it('stores records that read back as written: awkward texts, empty and absent arrays, instants, nulls', async () => {
    /** Without the keys given as undefined: those the record leaves out. */
    const absentless = <T extends object>(record: T): T =>
      Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T
    const releases: StoredRelease[] = awkward.map((text, index) =>
      absentless({
        ...structuredClone(seedPressRelease),
        id: `release-bulk-${index}`,
        title: text,
        summary: `${text}\n${text}`,
        sourceIds: [text, 'structure-chairpersonship'],
        stateIds: [],
        originalId: index % 2 === 0 ? null : undefined,
        basedOn: index % 3 === 0 ? { title: text, summary: '', body: text, revision: index } : undefined,
        metadataUpdatedAt: index % 2 === 0 ? '2026-11-30T10:11:12.345Z' : null,
        publishedAt: '2024-06-26T10:00:00.000Z',
        createdAt: '2024-06-25T15:20:00.000Z',
        updatedAt: '2024-06-26T10:00:00.000Z',
      }),
    )
    const operations: StoredFieldOperation[] = [
      seedFieldOperations[0]!,
      {
        ...seedFieldOperations[1]!,
        id: 'field-operation-legacy',
        languageCodes: undefined,
        closed: 2001,
        head: 'O\'Neil "Jr."',
      },
    ]
    delete operations[1]!.languageCodes
    const context = { sessionLifetimeMs: 0 }
    await bulkInsert(
      opened.db,
      codecs.fieldOperations.table,
      operations.map((operation) => codecs.fieldOperations.toRow(operation, context) as Record<string, unknown>),
    )
    const rows = releases.map((release) => ({
      ...(codecs.releases.toRow(release, context) as Record<string, unknown>),
      search: arrayLiteral(['word']),
    }))
    await bulkInsert(opened.db, codecs.releases.table, rows, {
      search: (words) => sql`array_to_tsvector(${words}::text[])`,
    })

    const storage = createSqlStorage(opened, { sessionLifetimeMs: 0 })
    for (const release of releases) expect(await storage.get('releases', release.id)).toStrictEqual(release)
    expect(await storage.all('fieldOperations')).toStrictEqual(operations)
    const [search] = await queryRows<{ search: string }>(
      opened.db,
      sql`SELECT search::text AS search FROM releases LIMIT 1`,
    )
    expect(search?.search).toBe("'word'")
  })
})
