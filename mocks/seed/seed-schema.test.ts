import { describe, expect, it, vi } from 'vitest'
import { collectionNames, storedSchemas } from '../collections'
import { db, find, resetDb } from '../db'
import { storedHistoryEntrySchema, storedReleaseSchema } from '../../server/core/records'
import { generateSeedReleases } from './generate-releases'
import { seedPressRelease } from './press-release'

// The seed goes into the collections unvalidated (collections.ts, `trustingSeed`): this is where it is validated, once.
describe('the seed as stored', () => {
  it('is valid, record for record, and validating it changes nothing (no stripped keys, no defaults)', async () => {
    await resetDb()
    for (const name of collectionNames) {
      for (const record of db[name].all())
        expect(storedSchemas[name].parse(record), `${name} ${JSON.stringify(record).slice(0, 80)}`).toEqual(record)
    }
    for (const entries of db.seedHistory.values())
      for (const entry of entries) expect(storedHistoryEntrySchema.parse(entry)).toEqual(entry)
  })

  it('is valid with 10,000 generated releases', () => {
    const { releases, history } = generateSeedReleases(10_000)
    for (const release of releases) expect(storedReleaseSchema.safeParse(release).success).toBe(true)
    for (const entries of history.values())
      for (const entry of entries) expect(storedHistoryEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('shares no object or array with the seed modules', async () => {
    await resetDb()
    const stored = find('releases', 'release-borg-tajikistan')!
    expect(stored).toEqual(seedPressRelease)
    expect(stored).not.toBe(seedPressRelease)
    expect(stored.dateline).not.toBe(seedPressRelease.dateline)
    expect(stored.sourceIds).not.toBe(seedPressRelease.sourceIds)
    expect(stored.fieldOfWorkIds).not.toBe(seedPressRelease.fieldOfWorkIds)
  })

  it('validates every other write: the collection refuses an invalid record', async () => {
    await resetDb()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(
      db.releases.create({ ...seedPressRelease, id: 'release-invalid', status: 'lost' } as never),
    ).rejects.toThrow(/does not match the schema/)
    logged.mockRestore()
  })
})
