/**
 * The server's tables (decision 0021): one per stored collection of `server/core/records.ts`,
 * with typed columns (snake_case in SQL). `codecs.ts` turns a record into a row and back; the
 * migrations in `migrations/` are generated from this file by drizzle-kit, plus one written by
 * hand for what Drizzle cannot say (the history's append-only trigger).
 *
 * Rules every table follows:
 * - Instants are `timestamptz` (records hold ISO strings; read back as `toISOString()`).
 * - A field the record schema marks optional is absent when its column is NULL. A field that is
 *   optional AND nullable (a release's originalId, metadataUpdatedAt, basedOn) keeps NULL for
 *   null, and the row's `absent_fields` names it when the record left it out.
 * - Ids that a record lists are `text[]` (GIN-indexed where a list filters on them).
 * - No foreign keys: the stored records may name what is gone (a deleted draft keeps its
 *   notifications), and the core checks references (`releases.referencing`) as the mock does.
 * - Ids are text in the "C" collation: code-unit order, as JavaScript's `<`.
 */
import { sql } from 'drizzle-orm'
import { releaseStatuses } from '../../src/api/contract/release-status'
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  type ExtraConfigColumn,
  type PgColumn,
} from 'drizzle-orm/pg-core'

/** An instant, as the records hold it: read and written as a Date, stored with its time zone. */
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 })
/**
 * A day as the contract writes it, YYYY-MM-DD, in a `date` column. The contract's years start
 * at 0000, ISO 8601's 1 BC, which PostgreSQL reads and writes as "0001-… BC" (it refuses
 * "0000-…": a 500 the hostile-requests property found, on a list's `from` and on a dateline).
 */
const day = customType<{ data: string; driverData: string }>({
  dataType: () => 'date',
  toDriver: (value) => (value.startsWith('0000-') ? `0001${value.slice(4)} BC` : value),
  fromDriver: (value) => (value.endsWith(' BC') ? `0000${value.slice(4, -3)}` : value),
})
/**
 * An id: text in the "C" collation, so that ids compare and sort by code unit (as JavaScript's
 * `<` does in the mock) whatever the database's default collation, and their indexes serve
 * `ORDER BY id`.
 */
const idText = customType<{ data: string; driverData: string }>({ dataType: () => 'text COLLATE "C"' })
const id = (name: string) => idText(name).notNull()
/** An id that may be null (or, in a record, absent). */
const idOrNull = (name: string) => idText(name)

/**
 * The order records were added in: small collections are read whole in it, as the mock's
 * collections answer them; history and comments order the entries of one instant by it.
 */
const insertionOrder = () => bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull()

/**
 * A title in the order the lists sort titles in: `title_order`, an ICU collation that a
 * hand-written migration (0002) makes, as the mock's Intl.Collator compares them.
 */
export const titleOrder = (title: PgColumn) => sql`${title} COLLATE title_order`

/**
 * A status's place in the workflow (draft 1 … withdrawn 6), what the status sort orders by. The
 * statuses are written into the SQL (not sent as parameters), so that the list's ORDER BY is
 * the expression `releases_status_order_idx` indexes; a change of the workflow's statuses
 * needs a migration that makes that index again.
 */
export const statusRank = (status: PgColumn) =>
  sql`array_position(${sql.raw(`'{${releaseStatuses.join(',')}}'::text[]`)}, ${status})`

/**
 * When a release goes or went out: scheduledAt while scheduled, publishedAt once published,
 * else NULL; the publication sort and filters ask it, and two indexes hold it in order.
 */
export const publicationTimeOf = (release: { status: PgColumn; scheduledAt: PgColumn; publishedAt: PgColumn }) =>
  sql`(CASE ${release.status} WHEN 'scheduled' THEN ${release.scheduledAt} WHEN 'published' THEN ${release.publishedAt} END)`

/** A release's search words (`server/core/search.ts`), written by the adapter: see `releases.search`. */
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' })

export const users = pgTable('users', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  title: text('title').notNull(),
})

/**
 * Sign-in sessions, keyed by their bearer token. `expires_at` is set by the adapter when the
 * session is stored (its creation plus the configured lifetime): an expired row reads as no
 * session, and `sessions_expires_at_idx` lets a sweep delete them.
 */
export const sessions = pgTable(
  'sessions',
  {
    token: text('token').primaryKey(),
    userId: id('user_id'),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId), index('sessions_expires_at_idx').on(table.expiresAt)],
)

export const states = pgTable('states', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  name: text('name').notNull(),
  iso2: text('iso2').notNull(),
  kind: text('kind').notNull(),
  capital: text('capital'),
  version: integer('version').notNull(),
})

export const chairpersonships = pgTable('chairpersonships', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  year: integer('year').notNull(),
  stateId: id('state_id'),
  chairInOfficeName: text('chair_in_office_name').notNull(),
  chairInOfficeTitle: text('chair_in_office_title').notNull(),
  version: integer('version').notNull(),
})

export const fieldOperations = pgTable('field_operations', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  location: text('location').notNull(),
  hostStateId: idOrNull('host_state_id'),
  head: text('head'),
  opened: integer('opened').notNull(),
  closed: integer('closed'),
  /** NULL: a record stored before working languages were kept (absent in the record). */
  languageCodes: text('language_codes').array(),
  version: integer('version').notNull(),
})

export const fieldsOfWork = pgTable('fields_of_work', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  name: text('name').notNull(),
  version: integer('version').notNull(),
})

export const languages = pgTable('languages', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  nativeName: text('native_name').notNull(),
  script: text('script').notNull(),
  official: boolean('official').notNull(),
  version: integer('version').notNull(),
})

export const structures = pgTable('structures', {
  seq: insertionOrder(),
  id: id('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  sourceName: text('source_name').notNull(),
  version: integer('version').notNull(),
})

/**
 * Each sort's index again, over the originals only (`original_id IS NULL`), for
 * `listFamilies` without a filter (release-list.ts): the names end in `_original_idx`.
 */
function originalsOnly(table: {
  id: ExtraConfigColumn
  title: ExtraConfigColumn
  status: ExtraConfigColumn
  updatedAt: ExtraConfigColumn
  datelineDate: ExtraConfigColumn
  submittedAt: ExtraConfigColumn
  publishedAt: ExtraConfigColumn
  scheduledAt: ExtraConfigColumn
  originalId: ExtraConfigColumn
}) {
  const original = (name: string) => index(`releases_${name}_original_idx`)
  const where = sql`${table.originalId} IS NULL`
  return [
    original('updated_at').on(table.updatedAt, table.id).where(where),
    original('title_order').on(titleOrder(table.title), table.id).where(where),
    original('dateline').on(table.datelineDate, titleOrder(table.title), table.id).where(where),
    original('status_order').on(statusRank(table.status), table.id).where(where),
    original('submitted_at').on(table.submittedAt.asc().nullsFirst(), table.id).where(where),
    original('published_at').on(table.publishedAt.asc().nullsFirst(), table.id).where(where),
    original('publication')
      .on(sql`${publicationTimeOf(table)} ASC NULLS LAST`, table.id)
      .where(where),
    original('publication_desc')
      .on(sql`${publicationTimeOf(table)} DESC NULLS LAST`, sql`${table.id} DESC`)
      .where(where),
  ]
}

export const releases = pgTable(
  'releases',
  {
    id: id('id').primaryKey(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    language: text('language').notNull(),
    datelinePlace: text('dateline_place').notNull(),
    datelineDate: day('dateline_date').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    sourceIds: text('source_ids').array().notNull(),
    fieldOfWorkIds: text('field_of_work_ids').array().notNull(),
    stateIds: text('state_ids').array().notNull(),
    fieldOperationIds: text('field_operation_ids').array().notNull(),
    status: text('status').notNull(),
    scheduledAt: instant('scheduled_at'),
    publishedAt: instant('published_at'),
    submittedAt: instant('submitted_at'),
    changesRequestedAt: instant('changes_requested_at'),
    authorId: id('author_id'),
    updatedById: idOrNull('updated_by_id'),
    contentEditedById: idOrNull('content_edited_by_id'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    metadataUpdatedAt: instant('metadata_updated_at'),
    /** NULL on an original (null or absent: `absent_fields` tells). */
    originalId: idOrNull('original_id'),
    contentRevision: integer('content_revision'),
    /** The translation's basis (`basedOn`), NULL when it is null or absent (`absent_fields` tells). */
    basedOnRevision: integer('based_on_revision'),
    basedOnTitle: text('based_on_title'),
    basedOnSummary: text('based_on_summary'),
    basedOnBody: text('based_on_body'),
    version: integer('version').notNull(),
    /** The optional-and-nullable fields the record leaves out (originalId, metadataUpdatedAt, basedOn). */
    absentFields: text('absent_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The words the release is found by (`releaseSearchWords` of server/core/search.ts: title,
     * summary and body text, folded to lower case without accents), as lexemes without
     * positions, written by the adapter with every write of the release. Not a generated column
     * over `unaccent`: the words are cut in TypeScript once for both homes, so the mock and the
     * server cannot disagree on what a word is (PostgreSQL's parser splits "chair-in-office"
     * and numbers its own way, `unaccent` leaves "й" and "đ" as they are, and a database with
     * the C ctype lowercases only ASCII). A query asks with a prefix tsquery of the same words.
     */
    search: tsvector('search').notNull(),
  },
  (table) => [
    // Filters.
    index('releases_status_idx').on(table.status),
    index('releases_type_idx').on(table.type),
    index('releases_language_idx').on(table.language),
    index('releases_author_id_idx').on(table.authorId),
    // A family goes by its original's id: the original's own id, or a translation's originalId.
    index('releases_family_idx').using('btree', sql`coalesce(${table.originalId}, ${table.id})`),
    index('releases_source_ids_idx').using('gin', table.sourceIds),
    index('releases_field_of_work_ids_idx').using('gin', table.fieldOfWorkIds),
    index('releases_state_ids_idx').using('gin', table.stateIds),
    index('releases_field_operation_ids_idx').using('gin', table.fieldOperationIds),
    index('releases_search_idx').using('gin', table.search),
    // A status tab's page: one status, most recently updated first (the app's default sort).
    index('releases_status_updated_at_idx').on(table.status, table.updatedAt, table.id),
    // Sorts (ties broken by id) and the date filters.
    index('releases_dateline_idx').on(table.datelineDate, titleOrder(table.title), table.id),
    index('releases_updated_at_idx').on(table.updatedAt, table.id),
    // Missing times sort first ascending, last descending: NULLS FIRST, scanned either way.
    index('releases_submitted_at_idx').on(table.submittedAt.asc().nullsFirst(), table.id),
    index('releases_published_at_idx').on(table.publishedAt.asc().nullsFirst(), table.id),
    index('releases_scheduled_at_idx').on(table.scheduledAt, table.id),
    index('releases_title_order_idx').on(titleOrder(table.title), table.id),
    index('releases_status_order_idx').on(statusRank(table.status), table.id),
    // The publication time, missing last both ways (an index scan cannot turn NULLS LAST around).
    index('releases_publication_idx').on(sql`${publicationTimeOf(table)} ASC NULLS LAST`, table.id),
    index('releases_publication_desc_idx').on(sql`${publicationTimeOf(table)} DESC NULLS LAST`, sql`${table.id} DESC`),
    // The same sorts over the originals alone: an unfiltered grouped list when every family has
    // its original (release_counts tells), read in order without passing over translations
    // (the Cyrillic ones sort together: -title passed 84,519 of them at a million versions).
    ...originalsOnly(table),
    // The publication sweep (`releases.due`): only scheduled releases, soonest first.
    index('releases_due_idx')
      .on(table.scheduledAt, table.id)
      .where(sql`${table.status} = 'scheduled'`),
  ],
)

/**
 * How many releases there are, per status: versions, and families with a version in that
 * status (a family may count in two); the row of status '' counts every version and every
 * family. Kept by triggers on `releases` (migration 0005), in the same transaction as the
 * write, so that the status tabs and an unfiltered list's `total` read a row instead of
 * counting a million (6.3 s). Derived data: never written by the adapter.
 */
export const releaseCounts = pgTable('release_counts', {
  status: id('status').primaryKey(),
  versions: bigint('versions', { mode: 'number' }).notNull(),
  families: bigint('families', { mode: 'number' }).notNull(),
  /** The versions that are originals (migration 0008): fewer than the families when an original is gone. */
  originals: bigint('originals', { mode: 'number' }).notNull().default(0),
})

/**
 * Which revision of each small collection's table is current, by table name: a statement-level
 * trigger on each (migration 0009) writes a new random revision in the same transaction as any
 * write to it, so the server's per-process cache of those collections (reference-cache.ts)
 * learns from one small read whether what it keeps is current. Random, not counted: a revision
 * never comes back, not even after this table was emptied (the tests TRUNCATE every table).
 * Derived data: never written by the adapter.
 */
export const referenceRevisions = pgTable('reference_revisions', {
  tableName: text('table_name').primaryKey(),
  revision: uuid('revision').notNull(),
})

/**
 * Append-only: a trigger (the hand-written migration) refuses UPDATE and DELETE below the app.
 */
export const history = pgTable(
  'history',
  {
    seq: insertionOrder(),
    id: id('id').primaryKey(),
    releaseId: id('release_id'),
    kind: text('kind').notNull(),
    from: text('from_status'),
    to: text('to_status').notNull(),
    actorId: idOrNull('actor_id'),
    at: instant('at').notNull(),
    comment: text('comment'),
    publishAt: instant('publish_at'),
    /** `content`, absent when its title is NULL. */
    contentTitle: text('content_title'),
    contentSummary: text('content_summary'),
    contentBody: text('content_body'),
    originalRevision: integer('original_revision'),
    /** `contentBefore`, absent when its title is NULL. */
    contentBeforeTitle: text('content_before_title'),
    contentBeforeSummary: text('content_before_summary'),
    contentBeforeBody: text('content_before_body'),
  },
  (table) => [
    index('history_release_idx').on(table.releaseId, table.at, table.seq),
    index('history_at_idx').on(table.at),
  ],
)

export const comments = pgTable(
  'comments',
  {
    seq: insertionOrder(),
    id: id('id').primaryKey(),
    releaseId: id('release_id'),
    authorId: id('author_id'),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [index('comments_release_idx').on(table.releaseId, table.createdAt, table.seq)],
)

export const notifications = pgTable(
  'notifications',
  {
    id: id('id').primaryKey(),
    recipientId: id('recipient_id'),
    releaseId: id('release_id'),
    actorId: idOrNull('actor_id'),
    kind: text('kind').notNull(),
    at: instant('at').notNull(),
    comment: text('comment'),
    read: boolean('read').notNull(),
  },
  (table) => [
    index('notifications_recipient_idx').on(table.recipientId, table.at),
    index('notifications_release_idx').on(table.releaseId),
  ],
)

/** The first answer to a write sent with an Idempotency-Key (decision 0011); they expire by `at`. */
export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    id: id('id').primaryKey(),
    fingerprint: text('fingerprint').notNull(),
    status: integer('status').notNull(),
    headers: jsonb('headers').$type<[string, string][]>().notNull(),
    body: text('body').notNull(),
    at: instant('at').notNull(),
  },
  (table) => [index('idempotency_records_at_idx').on(table.at)],
)

/** Each stored collection's table, by the collection's name in `records.ts`. */
export const tables = {
  users,
  sessions,
  states,
  chairpersonships,
  fieldOperations,
  fieldsOfWork,
  languages,
  structures,
  releases,
  history,
  comments,
  notifications,
  idempotencyRecords,
}
