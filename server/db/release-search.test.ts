import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedPressRelease } from '../../mocks/seed/press-release'
import { seedPressReleaseRu } from '../../mocks/seed/press-release-ru'
import type { OpenedDatabase } from './connect'
import { searchCondition, searchQuery } from './release-search'
import { releases } from './schema'
import { createSqlStorage } from './storage'
import { OPENING, testEngines } from './testing'

describe.each(testEngines)('the releases search in SQL on %s', (_engine, open) => {
  let opened: OpenedDatabase
  const found = async (q: string) =>
    (
      await opened.db.select({ id: releases.id }).from(releases).where(searchCondition(q)).orderBy(asc(releases.id))
    ).map((row) => row.id)

  beforeAll(async () => {
    opened = await open()
    const storage = createSqlStorage(opened, { sessionLifetimeMs: 3_600_000 })
    await storage.transaction(async (tx) => {
      await tx.insert('releases', seedPressRelease)
      await tx.insert('releases', seedPressReleaseRu)
      await tx.insert('releases', {
        ...seedPressRelease,
        id: 'release-hadzic',
        title: 'Training for border police',
        summary: 'A course in Sarajevo.',
        body: '<p>Amra <strong>Hadžić</strong> of the Mission opened the course&nbsp;today (<a href="https://example.org/zzqx">notes</a>).</p>',
      })
    })
  }, OPENING)
  afterAll(() => opened.close())

  it('finds "Hadžić" by "Hadzic", in any case, from the body’s text', async () => {
    expect(await found('Hadzic')).toEqual(['release-hadzic'])
    expect(await found('HADŽIĆ')).toEqual(['release-hadzic'])
    expect(await found('hadz')).toEqual(['release-hadzic'])
    expect(await found('course today')).toEqual(['release-hadzic'])
  })

  it('finds the Russian release by "Душанбе" in any case, and by a word’s start', async () => {
    expect(await found('Душанбе')).toEqual(['release-borg-tajikistan-ru'])
    expect(await found('ДУШАНБЕ')).toEqual(['release-borg-tajikistan-ru'])
    expect(await found('душан')).toEqual(['release-borg-tajikistan-ru'])
  })

  it('needs every word at the start of a word: not inside one, not the markup', async () => {
    expect(await found('Dushanbe Borg')).toEqual(['release-borg-tajikistan'])
    expect(await found('Dushanbe Hadzic')).toEqual([])
    expect(await found('ushanbe')).toEqual([])
    expect(await found('zzqx')).toEqual([])
    expect(await found('notes')).toEqual(['release-hadzic'])
    expect(await found('nbsp')).toEqual([])
  })

  it('asks nothing of a query without words, and quotes what it asks', async () => {
    expect(searchQuery(' -- ')).toBeNull()
    expect(searchCondition(undefined)).toBeUndefined()
    expect(searchQuery("O'Brien & co:*")).toBe("'o':* & 'brien':* & 'co':*")
    expect(await found("O'Brien | !(x)")).toEqual([])
  })
})
