/**
 * Each stored collection's record ↔ its table's row (the rules are in `schema.ts`): instants
 * as Dates, objects spread over columns, optional fields as NULL, and for the fields that are
 * both optional and nullable, `absent_fields`. Read back, a row gives the record it was made
 * from (`codecs.test.ts` holds every seed record to it), instants in `toISOString()` form.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { PgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core'
import type { CollectionName, StoredRecordOf, StoredRelease } from '../core/records'
import { releaseSearchWords } from '../core/search'
import * as t from './schema'

export type Codec<N extends CollectionName, T extends PgTable = PgTable> = {
  table: T
  /** The primary key: a session's token, every other record's id. */
  key: PgColumn
  /** The columns a record is read from (all but those only the database reads, as `search`); arrays as JSON. */
  columns: Record<string, PgColumn | SQL>
  toRow(record: StoredRecordOf<N>, context: CodecContext): PgInsertValue<T>
  fromRow(row: T['$inferSelect']): StoredRecordOf<N>
}

export type CodecContext = {
  /** How long a new session lasts: its row's `expires_at` is its `createdAt` plus this. */
  sessionLifetimeMs: number
}

const toDate = (iso: string): Date => new Date(iso)
const toDateOrNull = (iso: string | null | undefined): Date | null => (iso == null ? null : new Date(iso))
const toIso = (date: Date): string => date.toISOString()
const toIsoOrNull = (date: Date | null): string | null => (date === null ? null : date.toISOString())

/** Sets `key` on `target` only when the column holds a value: an optional field NULL in SQL is absent. */
function setPresent<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined) {
  if (value !== null && value !== undefined) target[key] = value
}

/**
 * A text array column, read as JSON: `pg` parses PostgreSQL's array text character by character
 * in JavaScript (about 2 µs an array; a list request read some 350 of them, a sixth of its
 * time in Node), where JSON is parsed natively, about ten times faster. The value is the same.
 */
const arrayAsJson = (column: PgColumn): SQL => sql`array_to_json(${column})`.mapWith((value: unknown) => value)

/** The columns a record is read from: all but the insertion order and the search words, which only the database reads. */
function recordColumns(table: PgTable): Record<string, PgColumn | SQL> {
  const { seq: _seq, search: _search, ...columns }: Record<string, PgColumn> = getTableColumns(table)
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [
      key,
      column.columnType === 'PgArray' ? arrayAsJson(column) : column,
    ]),
  )
}

const codec = <N extends CollectionName, T extends PgTable>(definition: Omit<Codec<N, T>, 'columns'>): Codec<N, T> => ({
  ...definition,
  columns: recordColumns(definition.table),
})

/** A release's optional-and-nullable fields: NULL is null; `absent_fields` names those left out. */
const releaseAbsentable = ['originalId', 'metadataUpdatedAt', 'basedOn'] as const

/** The words a release is found by, as a tsvector of lexemes (see `releases.search` in schema.ts). */
export const releaseSearchVector = (release: StoredRelease): SQL =>
  sql`array_to_tsvector(${sql.param(releaseSearchWords(release))}::text[])`

const releases = codec<'releases', typeof t.releases>({
  table: t.releases,
  key: t.releases.id,
  toRow: (r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    language: r.language,
    datelinePlace: r.dateline.place,
    datelineDate: r.dateline.date,
    summary: r.summary,
    body: r.body,
    sourceIds: r.sourceIds,
    fieldOfWorkIds: r.fieldOfWorkIds,
    stateIds: r.stateIds,
    fieldOperationIds: r.fieldOperationIds,
    status: r.status,
    scheduledAt: toDateOrNull(r.scheduledAt),
    publishedAt: toDateOrNull(r.publishedAt),
    submittedAt: toDateOrNull(r.submittedAt),
    changesRequestedAt: toDateOrNull(r.changesRequestedAt),
    authorId: r.authorId,
    updatedById: r.updatedById ?? null,
    contentEditedById: r.contentEditedById ?? null,
    createdAt: toDate(r.createdAt),
    updatedAt: toDate(r.updatedAt),
    metadataUpdatedAt: toDateOrNull(r.metadataUpdatedAt),
    originalId: r.originalId ?? null,
    contentRevision: r.contentRevision ?? null,
    basedOnRevision: r.basedOn?.revision ?? null,
    basedOnTitle: r.basedOn?.title ?? null,
    basedOnSummary: r.basedOn?.summary ?? null,
    basedOnBody: r.basedOn?.body ?? null,
    version: r.version,
    absentFields: releaseAbsentable.filter((field) => r[field] === undefined),
    search: releaseSearchVector(r),
  }),
  fromRow: (row) => {
    const release: StoredRelease = {
      id: row.id,
      type: row.type as StoredRelease['type'],
      title: row.title,
      language: row.language,
      dateline: { place: row.datelinePlace, date: row.datelineDate },
      summary: row.summary,
      body: row.body,
      sourceIds: row.sourceIds,
      fieldOfWorkIds: row.fieldOfWorkIds,
      stateIds: row.stateIds,
      fieldOperationIds: row.fieldOperationIds,
      status: row.status as StoredRelease['status'],
      scheduledAt: toIsoOrNull(row.scheduledAt),
      publishedAt: toIsoOrNull(row.publishedAt),
      submittedAt: toIsoOrNull(row.submittedAt),
      authorId: row.authorId,
      createdAt: toIso(row.createdAt),
      updatedAt: toIso(row.updatedAt),
      version: row.version,
    }
    setPresent(release, 'changesRequestedAt', toIsoOrNull(row.changesRequestedAt))
    setPresent(release, 'updatedById', row.updatedById)
    setPresent(release, 'contentEditedById', row.contentEditedById)
    setPresent(release, 'contentRevision', row.contentRevision)
    const absent = new Set(row.absentFields)
    if (!absent.has('originalId')) release.originalId = row.originalId
    if (!absent.has('metadataUpdatedAt')) release.metadataUpdatedAt = toIsoOrNull(row.metadataUpdatedAt)
    if (!absent.has('basedOn')) {
      release.basedOn =
        row.basedOnRevision === null
          ? null
          : {
              title: row.basedOnTitle ?? '',
              summary: row.basedOnSummary ?? '',
              body: row.basedOnBody ?? '',
              revision: row.basedOnRevision,
            }
    }
    return release
  },
})

type Content = { title: string; summary: string; body: string }
const contentOf = (title: string | null, summary: string | null, body: string | null): Content | undefined =>
  title === null ? undefined : { title, summary: summary ?? '', body: body ?? '' }

const history = codec<'history', typeof t.history>({
  table: t.history,
  key: t.history.id,
  toRow: (r) => ({
    id: r.id,
    releaseId: r.releaseId,
    kind: r.kind,
    from: r.from,
    to: r.to,
    actorId: r.actorId,
    at: toDate(r.at),
    comment: r.comment,
    publishAt: toDateOrNull(r.publishAt),
    contentTitle: r.content?.title ?? null,
    contentSummary: r.content?.summary ?? null,
    contentBody: r.content?.body ?? null,
    originalRevision: r.originalRevision ?? null,
    contentBeforeTitle: r.contentBefore?.title ?? null,
    contentBeforeSummary: r.contentBefore?.summary ?? null,
    contentBeforeBody: r.contentBefore?.body ?? null,
  }),
  fromRow: (row) => {
    const entry: StoredRecordOf<'history'> = {
      id: row.id,
      kind: row.kind as StoredRecordOf<'history'>['kind'],
      from: row.from as StoredRecordOf<'history'>['from'],
      to: row.to as StoredRecordOf<'history'>['to'],
      at: toIso(row.at),
      comment: row.comment,
      publishAt: toIsoOrNull(row.publishAt),
      releaseId: row.releaseId,
      actorId: row.actorId,
    }
    setPresent(entry, 'content', contentOf(row.contentTitle, row.contentSummary, row.contentBody))
    setPresent(entry, 'originalRevision', row.originalRevision)
    setPresent(
      entry,
      'contentBefore',
      contentOf(row.contentBeforeTitle, row.contentBeforeSummary, row.contentBeforeBody),
    )
    return entry
  },
})

/** Every collection's codec, by its name in `records.ts`. */
export const codecs: { [N in CollectionName]: Codec<N> } = {
  users: codec<'users', typeof t.users>({
    table: t.users,
    key: t.users.id,
    toRow: (r) => ({ id: r.id, name: r.name, role: r.role, title: r.title }),
    fromRow: (row) => ({
      id: row.id,
      name: row.name,
      role: row.role as StoredRecordOf<'users'>['role'],
      title: row.title,
    }),
  }),
  sessions: codec<'sessions', typeof t.sessions>({
    table: t.sessions,
    key: t.sessions.token,
    toRow: (r, context) => ({
      token: r.token,
      userId: r.userId,
      createdAt: toDate(r.createdAt),
      expiresAt: new Date(Date.parse(r.createdAt) + context.sessionLifetimeMs),
    }),
    fromRow: (row) => ({ token: row.token, userId: row.userId, createdAt: toIso(row.createdAt) }),
  }),
  states: codec<'states', typeof t.states>({
    table: t.states,
    key: t.states.id,
    toRow: (r) => ({ id: r.id, name: r.name, iso2: r.iso2, kind: r.kind, capital: r.capital, version: r.version }),
    fromRow: (row) => ({
      name: row.name,
      iso2: row.iso2,
      kind: row.kind as StoredRecordOf<'states'>['kind'],
      capital: row.capital,
      id: row.id,
      version: row.version,
    }),
  }),
  chairpersonships: codec<'chairpersonships', typeof t.chairpersonships>({
    table: t.chairpersonships,
    key: t.chairpersonships.id,
    toRow: (r) => ({
      id: r.id,
      year: r.year,
      stateId: r.stateId,
      chairInOfficeName: r.chairInOffice.name,
      chairInOfficeTitle: r.chairInOffice.title,
      version: r.version,
    }),
    fromRow: (row) => ({
      id: row.id,
      year: row.year,
      chairInOffice: { name: row.chairInOfficeName, title: row.chairInOfficeTitle },
      version: row.version,
      stateId: row.stateId,
    }),
  }),
  fieldOperations: codec<'fieldOperations', typeof t.fieldOperations>({
    table: t.fieldOperations,
    key: t.fieldOperations.id,
    toRow: (r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      location: r.location,
      hostStateId: r.hostStateId,
      head: r.head,
      opened: r.opened,
      closed: r.closed,
      languageCodes: r.languageCodes ?? null,
      version: r.version,
    }),
    fromRow: (row) => {
      const operation: StoredRecordOf<'fieldOperations'> = {
        id: row.id,
        name: row.name,
        type: row.type as StoredRecordOf<'fieldOperations'>['type'],
        location: row.location,
        head: row.head,
        opened: row.opened,
        closed: row.closed,
        version: row.version,
        hostStateId: row.hostStateId,
      }
      setPresent(operation, 'languageCodes', row.languageCodes)
      return operation
    },
  }),
  fieldsOfWork: codec<'fieldsOfWork', typeof t.fieldsOfWork>({
    table: t.fieldsOfWork,
    key: t.fieldsOfWork.id,
    toRow: (r) => ({ id: r.id, name: r.name, version: r.version }),
    fromRow: (row) => ({ name: row.name, id: row.id, version: row.version }),
  }),
  languages: codec<'languages', typeof t.languages>({
    table: t.languages,
    key: t.languages.id,
    toRow: (r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      nativeName: r.nativeName,
      script: r.script,
      official: r.official,
      version: r.version,
    }),
    fromRow: (row) => ({
      code: row.code,
      name: row.name,
      nativeName: row.nativeName,
      script: row.script as StoredRecordOf<'languages'>['script'],
      official: row.official,
      id: row.id,
      version: row.version,
    }),
  }),
  structures: codec<'structures', typeof t.structures>({
    table: t.structures,
    key: t.structures.id,
    toRow: (r) => ({ id: r.id, name: r.name, kind: r.kind, sourceName: r.sourceName, version: r.version }),
    fromRow: (row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind as StoredRecordOf<'structures'>['kind'],
      sourceName: row.sourceName,
      version: row.version,
    }),
  }),
  releases,
  history,
  comments: codec<'comments', typeof t.comments>({
    table: t.comments,
    key: t.comments.id,
    toRow: (r) => ({
      id: r.id,
      releaseId: r.releaseId,
      authorId: r.authorId,
      body: r.body,
      createdAt: toDate(r.createdAt),
    }),
    fromRow: (row) => ({
      id: row.id,
      body: row.body,
      createdAt: toIso(row.createdAt),
      releaseId: row.releaseId,
      authorId: row.authorId,
    }),
  }),
  notifications: codec<'notifications', typeof t.notifications>({
    table: t.notifications,
    key: t.notifications.id,
    toRow: (r) => ({
      id: r.id,
      recipientId: r.recipientId,
      releaseId: r.releaseId,
      actorId: r.actorId,
      kind: r.kind,
      at: toDate(r.at),
      comment: r.comment,
      read: r.read,
    }),
    fromRow: (row) => ({
      id: row.id,
      kind: row.kind as StoredRecordOf<'notifications'>['kind'],
      at: toIso(row.at),
      comment: row.comment,
      read: row.read,
      recipientId: row.recipientId,
      releaseId: row.releaseId,
      actorId: row.actorId,
    }),
  }),
  idempotencyRecords: codec<'idempotencyRecords', typeof t.idempotencyRecords>({
    table: t.idempotencyRecords,
    key: t.idempotencyRecords.id,
    toRow: (r) => ({
      id: r.id,
      fingerprint: r.fingerprint,
      status: r.status,
      headers: r.headers,
      body: r.body,
      at: toDate(r.at),
    }),
    fromRow: (row) => ({
      id: row.id,
      fingerprint: row.fingerprint,
      status: row.status,
      headers: row.headers,
      body: row.body,
      at: toIso(row.at),
    }),
  }),
} as { [N in CollectionName]: Codec<N> }
