/**
 * The mock's storage adapter (decision 0021): the core's storage port over the mock's store,
 * its @msw/data collections in memory, its journal (in the browser) and its transaction
 * queue (decisions 0002, 0014, 0015). Reads inside a transaction see its own writes first,
 * then the journal (another tab may have written since), then the collections, as `commitTo`
 * always did; list queries go through the collections with the transaction's writes over them.
 */
import type {
  CollectionName,
  StoredComment,
  StoredHistoryEntry,
  StoredNotification,
  StoredRecordOf,
  StoredRelease,
} from '../../server/core/records'
import { paginate, sortItems } from '../../server/core/list'
import { cappedTotal } from '../../server/core/release-total'
import {
  perFieldOfWork,
  perFieldOperation,
  publishedPerMonth,
  reviewTurnaround,
} from '../../server/core/reports/compute'
import { translationTurnaround } from '../../server/core/reports/translation-turnaround'
import {
  VersionConflict,
  type ReleaseQueries,
  type ReportQueries,
  type SmallCollection,
  type Storage,
  type StorageReader,
  type Transaction,
} from '../../server/core/storage'
import { primaryKeyOf } from '../collections'
import type { JournalEntry } from '../persistence/journal'
import { findRecord, type Store } from '../persistence/store'
import { commitTo, transact } from '../persistence/transaction'
import {
  familyCounts,
  familyRepresentatives,
  releaseComparators,
  releaseFilter,
  releaseTieBreak,
  versionCounts,
  versionsOfFamilies,
  type Releases,
} from './release-queries'

type Keyed = Record<string, unknown>
type LooseCollection = { all(): Keyed[] }

/** The original first, then the translations by language code, as a release's `versions` lists them. */
const familyOrder = (a: StoredRelease, b: StoredRelease) =>
  !a.originalId ? -1 : !b.originalId ? 1 : a.language.localeCompare(b.language)
const byTime = <T extends { at: string }>(a: T, b: T) => Date.parse(a.at) - Date.parse(b.at)

export function createMemoryStorage(store: Store): Storage {
  const collection = (name: CollectionName) => store.database[name] as unknown as LooseCollection

  /** The running transaction's writes to one collection: id → next record (null: deleted). */
  function pendingOf<N extends CollectionName>(name: N): Map<string, StoredRecordOf<N> | null> | null {
    const writes = store.transaction
    if (!writes || writes.size === 0) return null
    let pending: Map<string, StoredRecordOf<N> | null> | null = null
    for (const write of writes.values()) {
      if (write.name !== name) continue
      pending ??= new Map()
      pending.set(write.id, write.record as StoredRecordOf<N> | null)
    }
    return pending
  }

  /** A collection's records, with the running transaction's writes over them. */
  function recordsOf<N extends CollectionName>(name: N): StoredRecordOf<N>[] {
    const records = collection(name).all() as StoredRecordOf<N>[]
    const pending = pendingOf(name)
    if (!pending) return records
    const key = primaryKeyOf(name)
    const merged: StoredRecordOf<N>[] = []
    for (const record of records) {
      const id = (record as Keyed)[key] as string
      if (!pending.has(id)) merged.push(record)
      else if (pending.get(id)) merged.push(pending.get(id)!)
      pending.delete(id)
    }
    for (const record of pending.values()) if (record) merged.push(record)
    return merged
  }

  const releases: Releases = () => recordsOf('releases')

  const releaseQueries: ReleaseQueries = {
    async list(query, countLimit) {
      const matching = [...releases()].filter(releaseFilter(releases, query))
      const sorted = sortItems(matching, query.sort, releaseComparators, releaseTieBreak)
      const { items, total } = paginate(sorted, query.page, query.pageSize)
      return { items, ...cappedTotal(total, countLimit) }
    },
    async listFamilies(query, countLimit) {
      const representatives = familyRepresentatives(releases, releaseFilter(releases, query))
      const sorted = sortItems(representatives, query.sort, releaseComparators, releaseTieBreak)
      const { items, total } = paginate(sorted, query.page, query.pageSize)
      return { items, ...cappedTotal(total, countLimit) }
    },
    async all(query) {
      const matching = [...releases()].filter(releaseFilter(releases, query))
      return sortItems(matching, query.sort, releaseComparators, releaseTieBreak)
    },
    async counts(query) {
      const matches = releaseFilter(releases, query)
      return query.group === 'family' ? familyCounts(releases, matches) : versionCounts(releases, matches)
    },
    async families(originalIds) {
      const families = versionsOfFamilies(releases, new Set(originalIds))
      for (const versions of families.values()) versions.sort(familyOrder)
      return families
    },
    // In memory a record costs nothing to hand over whole: the same versions as `families`.
    versionsOf: (originalIds) => releaseQueries.families(originalIds),
    async listed(ids) {
      const wanted = new Set(ids)
      return new Map(
        [...releases()].filter((release) => wanted.has(release.id)).map((release) => [release.id, release]),
      )
    },
    async due(at) {
      const nowMs = at.getTime()
      const due = [...store.database.schedule].filter(([, time]) => time <= nowMs)
      // Soonest first, then by id as the server's index has them: releases due at one instant are
      // published in that order (and so notified), not in the order they happened to be scheduled.
      return due.toSorted(([idA, a], [idB, b]) => a - b || (idA < idB ? -1 : idA > idB ? 1 : 0)).map(([id]) => id)
    },
    async referencing(field, id) {
      let count = 0
      for (const release of releases()) {
        if (field === 'language' ? release.language === id : release[field].includes(id)) count += 1
      }
      return count
    },
  }

  /** Every release's history, each oldest first, read whole (the reports walk them in one pass). */
  async function everyHistory(): Promise<StoredHistoryEntry[][]> {
    const histories: StoredHistoryEntry[][] = []
    for await (const entries of reader.histories()) histories.push(entries)
    return histories
  }

  /** The reports: the core's pure functions over the collections (with a transaction's writes). */
  const reportQueries: ReportQueries = {
    publishedPerMonth: async (now, months) => publishedPerMonth(releases(), now, months),
    perFieldOperation: async () => perFieldOperation(releases(), recordsOf('fieldOperations')),
    perFieldOfWork: async () => perFieldOfWork(releases(), recordsOf('fieldsOfWork')),
    reviewTurnaround: async (now, months) => reviewTurnaround(await everyHistory(), now, months),
    translationTurnaround: async (now, months) =>
      translationTurnaround(releases(), await everyHistory(), recordsOf('languages'), now, months),
  }

  const reader: StorageReader = {
    async get(name, id) {
      const writes = store.transaction
      if (writes) {
        const own = writes.get(`${name}/${id}`)
        if (own) return (own.record ?? undefined) as StoredRecordOf<typeof name> | undefined
        // Another tab may have written it since this one last looked (decision 0015).
        const fresh = (await store.journal?.read(name, id)) as JournalEntry<typeof name> | undefined
        if (fresh) return 'record' in fresh ? fresh.record : undefined
      }
      return findRecord(store.database, name, id)
    },
    async all<N extends SmallCollection>(name: N) {
      return recordsOf(name)
    },
    releases: releaseQueries,
    reports: reportQueries,
    async historyOf(releaseId) {
      const written = recordsOf('history').filter((entry) => entry.releaseId === releaseId)
      const seeded = store.database.seedHistory.get(releaseId) ?? []
      // A stable sort: entries written in the same millisecond keep the order they were written in.
      return [...seeded, ...written].toSorted(byTime)
    },
    async *histories() {
      const written = new Map<string, StoredHistoryEntry[]>()
      for (const entry of recordsOf('history')) {
        const entries = written.get(entry.releaseId)
        if (entries) entries.push(entry)
        else written.set(entry.releaseId, [entry])
      }
      for (const [releaseId, seeded] of store.database.seedHistory) {
        const own = written.get(releaseId) ?? []
        written.delete(releaseId)
        yield [...seeded, ...own].toSorted(byTime)
      }
      for (const entries of written.values()) yield entries.toSorted(byTime)
    },
    async commentsOf(releaseId): Promise<StoredComment[]> {
      return recordsOf('comments')
        .filter((comment) => comment.releaseId === releaseId)
        .toSorted((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    },
    async notificationsOf(recipientId): Promise<StoredNotification[]> {
      return recordsOf('notifications')
        .filter((notification) => notification.recipientId === recipientId)
        .toSorted((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1))
    },
  }

  const writer = {
    async insert<N extends CollectionName>(name: N, record: StoredRecordOf<N>) {
      const id = (record as Keyed)[primaryKeyOf(name)] as string
      await commitTo(store, name, id, (current) => {
        if (current) throw new Error(`${name}/${id} exists already`)
        return record
      })
    },
    async replace<N extends CollectionName>(
      name: N,
      record: StoredRecordOf<N>,
      options: { expectedVersion?: number } = {},
    ) {
      const id = (record as Keyed)[primaryKeyOf(name)] as string
      await commitTo(store, name, id, (current) => {
        const version = (current as { version?: number } | undefined)?.version
        if (!current || (options.expectedVersion !== undefined && version !== options.expectedVersion))
          throw new VersionConflict(name, id)
        return record
      })
    },
    async delete(name: Exclude<CollectionName, 'history'>, id: string) {
      await commitTo(store, name, id, () => null)
    },
    async expireIdempotencyRecords(before: Date) {
      for (const record of recordsOf('idempotencyRecords'))
        if (Date.parse(record.at) < before.getTime()) await commitTo(store, 'idempotencyRecords', record.id, () => null)
    },
  }

  const transaction: Transaction = { ...reader, ...writer }

  return {
    ...reader,
    transaction: (work) => transact(store, () => work(transaction)),
    ping: async () => {},
  }
}
