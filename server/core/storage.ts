/**
 * The storage port (decision 0021): everything the core asks of where records are kept.
 * Two adapters implement it: the mock's collections in memory (with the browser's journal)
 * and the server's tables (Drizzle over PGlite or a PostgreSQL server). The core (routes,
 * workflow, authorization, history, notifications, idempotency, reports) reads and writes
 * only through it, so both homes answer alike; the differential test holds them to it.
 *
 * Records are the stored records of `records.ts`: ids, not names (the core resolves names
 * when it answers). Every method is async: an adapter may cross a network.
 */
import type { z } from 'zod'
import type {
  PerFieldOfWork,
  PerFieldOperation,
  PublishedPerMonth,
  ReleaseStatus,
  ReviewTurnaround,
  TranslationTurnaround,
  releaseCountsQuerySchema,
  releaseListQuerySchema,
} from '../../src/api/contract'
import type {
  CollectionName,
  StoredComment,
  StoredHistoryEntry,
  StoredNotification,
  StoredRecordOf,
  StoredRelease,
} from './records'

/** Collections small enough to read whole (tens to hundreds of records): people and reference data. */
export type SmallCollection =
  'users' | 'states' | 'chairpersonships' | 'fieldOperations' | 'fieldsOfWork' | 'languages' | 'structures'

/** A release list's query as the contract parses it (defaults filled in). */
export type ReleaseListQuery = z.output<typeof releaseListQuerySchema>
/** The counts' query as the contract parses it. */
export type ReleaseCountsQuery = z.output<typeof releaseCountsQuerySchema>
/** The filters of a release list (its query without page, sort and grouping). */
export type ReleaseFilters = Omit<ReleaseListQuery, 'page' | 'pageSize' | 'sort' | 'group'>

/**
 * A release as a list shows it: all but its body, which no list answers (an adapter need not
 * read it: on the server a page's bodies were most of what its queries carried and parsed).
 */
export type ListedRelease = Omit<StoredRelease, 'body'>

/**
 * A page of listed releases and how many match in all, or, when the list was asked to count up
 * to a limit (release-total.ts), at most that many: `totalCapped` when more match.
 */
export type StoredPage = { items: ListedRelease[]; total: number; totalCapped: boolean }

/** Per status, how many match (versions, or families with a version in that status); and how many match at all. */
export type StatusCounts = { counts: Record<ReleaseStatus, number>; total: number }

/**
 * The releases' queries. Their meaning is the contract's (`releaseListQuerySchema` and its
 * descriptions in `endpoints.ts`); each adapter runs them its own way (a pass in memory,
 * indexed SQL) and the differential test holds the two to the same answers.
 */
export interface ReleaseQueries {
  /**
   * The matching versions, sorted (`sort`, then id) and cut to `page`/`pageSize`; `total`
   * counts them all, or up to `countLimit` when given (past it: `countLimit`, `totalCapped`).
   */
  list(query: ReleaseListQuery, countLimit?: number): Promise<StoredPage>
  /**
   * Each family once (`group=family`): per family, the matching version that stands for it
   * (the original if it matches, else the first matching translation by language code),
   * sorted and cut as `list`; `total` counts families (up to `countLimit`, as `list`).
   */
  listFamilies(query: ReleaseListQuery, countLimit?: number): Promise<StoredPage>
  /** Every matching version, sorted (the CSV export): no page. */
  all(query: Omit<ReleaseListQuery, 'page' | 'pageSize'>): Promise<StoredRelease[]>
  /** Counts per status of the versions (or, grouped, the families) that match. */
  counts(query: ReleaseCountsQuery): Promise<StatusCounts>
  /** Every version of each family named by its original's id: the original first, then by language code. */
  families(originalIds: readonly string[]): Promise<Map<string, StoredRelease[]>>
  /** The same versions as `families`, as a list shows them (no body): for what lists and a release's `versions` show. */
  versionsOf(originalIds: readonly string[]): Promise<Map<string, ListedRelease[]>>
  /** The releases of the given ids by id, as a list shows them (no body); an id with no release is left out. */
  listed(ids: readonly string[]): Promise<Map<string, ListedRelease>>
  /** Ids of the scheduled releases due at `at` (scheduledAt ≤ at), soonest first, then by id. */
  due(at: Date): Promise<string[]>
  /** How many releases name `id` in a reference field (a reference in use cannot be deleted). */
  referencing(
    field: 'stateIds' | 'fieldOfWorkIds' | 'fieldOperationIds' | 'sourceIds' | 'language',
    id: string,
  ): Promise<number>
}

/**
 * The reports (issue #5), each answered as the contract shapes it. `now` is the core's clock and
 * `months` how many calendar months (UTC) up to and including the one of `now`. Their meaning is
 * the pure functions of `reports/` (which the mock's adapter runs over its collections); the
 * server's adapter answers them in SQL without reading every release into the process, and the
 * differential test holds the two to the same answers.
 */
export interface ReportQueries {
  publishedPerMonth(now: Date, months: number): Promise<PublishedPerMonth>
  perFieldOperation(): Promise<PerFieldOperation>
  perFieldOfWork(): Promise<PerFieldOfWork>
  reviewTurnaround(now: Date, months: number): Promise<ReviewTurnaround>
  translationTurnaround(now: Date, months: number): Promise<TranslationTurnaround>
}

/** What a transaction and the storage outside one can read. */
export interface StorageReader {
  get<N extends CollectionName>(name: N, id: string): Promise<StoredRecordOf<N> | undefined>
  all<N extends SmallCollection>(name: N): Promise<StoredRecordOf<N>[]>
  releases: ReleaseQueries
  reports: ReportQueries
  /** A release's history, oldest first (entries of one instant in the order they were written). */
  historyOf(releaseId: string): Promise<StoredHistoryEntry[]>
  /** Every release's history, each oldest first (read in batches; the reports ask `reports` instead). */
  histories(): AsyncIterable<StoredHistoryEntry[]>
  /** A release's comments, oldest first. */
  commentsOf(releaseId: string): Promise<StoredComment[]>
  /** A person's notifications, newest first. */
  notificationsOf(recipientId: string): Promise<StoredNotification[]>
  /**
   * Optional, and never on a transaction: the record and small-collection reads of ONE request
   * (the core's `readOnce` asks once per request). An adapter that keeps records across requests
   * (the server's cache of the small collections, server/db/reference-cache.ts) checks here, once
   * per request, whether what it keeps is current, so that a request that starts after a write
   * committed sees it. Absent (the mock), the reader's own `get` and `all` serve the request.
   */
  forRequest?(): Pick<StorageReader, 'get' | 'all'>
}

/** A write that lost a race: the record's version is no longer the one the write was decided on. */
export class VersionConflict extends Error {
  constructor(
    readonly collection: CollectionName,
    readonly id: string,
  ) {
    super(`${collection}/${id} changed meanwhile`)
  }
}

/**
 * The storage cannot take a write now (the browser's storage is full, the database is
 * unreachable): nothing was written, and the same request may be sent again. The core answers
 * 503 with the adapter's own words, which say what the person can do.
 */
export class StorageUnavailable extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
    /** `retryAfterSeconds`: when waiting helps (a database coming back), how long; the 503 says it in Retry-After. */
    readonly options: { cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(detail, { cause: options.cause })
    this.name = 'StorageUnavailable'
  }
}

/** What a transaction can write. Writes are seen by the transaction's own reads at once. */
export interface StorageWriter {
  /** Adds a record; the id must be new (history, comments and notifications are only ever added). */
  insert<N extends CollectionName>(name: N, record: StoredRecordOf<N>): Promise<void>
  /**
   * Replaces a record. With `expectedVersion`, only while the stored record still has that
   * version (one conditional UPDATE): otherwise it throws VersionConflict and writes nothing.
   */
  replace<N extends CollectionName>(
    name: N,
    record: StoredRecordOf<N>,
    options?: { expectedVersion?: number },
  ): Promise<void>
  /** Deletes a record (never history: the history refuses it, below the app too). */
  delete(name: Exclude<CollectionName, 'history'>, id: string): Promise<void>
  /** Deletes the idempotency records kept before `before` (they expire). */
  expireIdempotencyRecords(before: Date): Promise<void>
}

export type Transaction = StorageReader & StorageWriter

export interface Storage extends StorageReader {
  /**
   * Runs `work` as one transaction: all its writes or none (a thrown error undoes them).
   * Reads inside it see its own writes.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>
  /** Whether the storage answers (`/readyz`). */
  ping(): Promise<void>
}
