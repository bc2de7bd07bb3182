/**
 * Runs one sequence of request descriptions (`commands.ts`) against both sides, request by
 * request at the same frozen instant, and throws at the first answer that differs (status,
 * the headers that carry meaning, or the body once `normalize.ts` has made generated ids and
 * instant formats alike), naming the request and both answers.
 */
import { seedChairpersonships } from '../../mocks/seed/chairpersonships'
import { seedFieldOperations } from '../../mocks/seed/field-operations'
import { seedFieldsOfWork } from '../../mocks/seed/fields-of-work'
import { seedLanguages } from '../../mocks/seed/languages'
import { seedStates } from '../../mocks/seed/states'
import { seedUsers } from '../../mocks/seed/users'
import { setNow } from '../../server/core/clock'
import { seedRecords } from '../../server/db/seed'
import type { Command, PublishAt, Query, ReferenceName, ReleaseTarget, VersionChoice, Who } from './commands'
import { firstDifference, Normalizer, valueAt } from './normalize'
import type { Side, SideName, Sides } from './sides'

/** Where the clock stands at the first request (as the unit tests' day): December's scheduled releases lie ahead. */
export const START = Date.parse('2026-11-27T12:00:00.000Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** One request as both sides get it; a body may differ per side only in the generated ids it names. */
type Sent = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  query?: Query
  body?: unknown
  /** The user's id, or null: signed out. */
  as: string | null
  idempotencyKey?: string
}

type Answer = { status: number; headers: Record<string, string>; body: unknown }

/** A difference between the sides: the request and both answers. */
export class Difference extends Error {
  override name = 'Difference'
}

/** Figures of a run, for the test's summary. */
export type Tally = { requests: number; byStatus: Map<number, number>; byRequest: Map<string, Map<number, number>> }
export const newTally = (): Tally => ({ requests: 0, byStatus: new Map(), byRequest: new Map() })
const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)

/** The tally as lines: per kind of request, how many of each status. */
export function describeTally(tally: Tally): string {
  return [...tally.byRequest]
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(
      ([what, statuses]) =>
        `  ${what}: ${[...statuses]
          .toSorted(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
    )
    .join('\n')
}

const headersCompared = ['content-type', 'location', 'content-disposition', 'allow', 'retry-after']
const referenceSeeds: Record<ReferenceName, string[]> = {
  states: seedStates.map((record) => record.id),
  'fields-of-work': seedFieldsOfWork.map((record) => record.id),
  languages: seedLanguages.map((record) => record.id),
  'field-operations': seedFieldOperations.map((record) => record.id),
  chairpersonships: seedChairpersonships.map((record) => record.id),
}
/** The query parameters each reference list takes (any other would only ever answer 400 on both). */
const referenceQueryKeys: Record<ReferenceName | 'structures', string[]> = {
  states: ['q', 'sort', 'page', 'pageSize', 'kind'],
  'fields-of-work': ['q', 'sort', 'page', 'pageSize'],
  languages: ['q', 'sort', 'page', 'pageSize'],
  'field-operations': ['q', 'sort', 'page', 'pageSize', 'status'],
  chairpersonships: ['q', 'sort', 'page', 'pageSize'],
  structures: ['q', 'sort', 'page', 'pageSize', 'kind'],
}
const without = (query: Query, keys: string[]) =>
  Object.fromEntries(Object.entries(query).filter(([key]) => !keys.includes(key)))
const only = (query: Query, keys: string[]) =>
  Object.fromEntries(Object.entries(query).filter(([key]) => keys.includes(key)))
const at = <T>(values: readonly T[], index: number) => values[index % values.length]!

export async function runCommands(sides: Sides, commands: readonly Command[], releaseCount: number, tally: Tally) {
  const normalizers: Record<SideName, Normalizer> = { mock: new Normalizer(), server: new Normalizer() }
  const tokens: Record<SideName, Map<string, string>> = { mock: new Map(), server: new Map() }
  const releases = (seedRecords(releaseCount).releases ?? []).map((release) => release.id)
  const created: string[] = []
  /** A release a description names: the n-th known, or the n-th latest created (a known one while none is). */
  const releaseAt = (target: ReleaseTarget) =>
    typeof target === 'number'
      ? at(releases, target)
      : created.length > 0
        ? created[created.length - 1 - (target.created % created.length)]!
        : at(releases, target.created)
  const references = Object.fromEntries(
    Object.entries(referenceSeeds).map(([name, ids]) => [name, [...ids]]),
  ) as Record<ReferenceName, string[]>
  const notifications: string[] = []
  let lastWrite: Sent | null = null
  let clock = START
  let step = 0
  let current = ''

  /** One request to one side, signing its user in first when this side has no session for them. */
  async function answerOf(side: Side, sent: Sent): Promise<Answer> {
    const headers = new Headers()
    if (sent.as !== null) headers.set('Authorization', `Bearer ${await tokenOf(side, sent.as)}`)
    if (sent.body !== undefined) headers.set('Content-Type', 'application/json')
    if (sent.idempotencyKey) headers.set('Idempotency-Key', sent.idempotencyKey)
    const search = sent.query && Object.keys(sent.query).length > 0 ? `?${new URLSearchParams(sent.query)}` : ''
    const body = sent.body === undefined ? undefined : JSON.stringify(withRawIds(side.name, sent.body))
    const response = await side.fetch(
      new Request(`http://test/api${sent.path}${search}`, { method: sent.method, headers, body }),
    )
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    const normalizer = normalizers[side.name]
    const kept: Record<string, string> = {}
    for (const name of headersCompared) {
      const value = response.headers.get(name)
      if (value !== null) kept[name] = normalizer.text(value)
    }
    // Text (the CSV export) line by line, so that a difference names its line.
    const parsed = type.includes('json') && text ? (JSON.parse(text) as unknown) : text.split(/\r?\n/)
    return { status: response.status, headers: kept, body: normalizer.value(parsed) }
  }

  /** Notification ids are canonical names in descriptions: each side gets its own ids. */
  function withRawIds(side: SideName, body: unknown): unknown {
    if (body === null || typeof body !== 'object' || !('ids' in body) || !Array.isArray(body.ids)) return body
    return { ...body, ids: body.ids.map((id: string) => normalizers[side].raw(id)) }
  }

  async function tokenOf(side: Side, userId: string): Promise<string> {
    const known = tokens[side.name].get(userId)
    if (known) return known
    // Both sides sign in at once, and their answers are compared like any other.
    await send({ method: 'POST', path: '/session', body: { userId }, as: null }, 'sign in')
    return tokens[side.name].get(userId)!
  }

  /** Sends one request to both sides, compares the answers, and answers the mock's (normalized). */
  async function send(sent: Sent, why = current): Promise<Answer> {
    const mock = await answerOf(sides.mock, sent)
    const server = await answerOf(sides.server, sent)
    tally.requests += 1
    count(tally.byStatus, mock.status)
    const what = `${sent.method} ${sent.path.replace(/\/(release|state|language|field-of-work|field-operation|chairpersonship)-[^/]+/, '/:id')}`
    if (!tally.byRequest.has(what)) tally.byRequest.set(what, new Map())
    count(tally.byRequest.get(what)!, mock.status)
    const where = firstDifference(mock, server)
    if (where !== null) {
      throw new Difference(
        [
          `The mock and the server answer step ${step} (${why}) differently, at answer${where}:`,
          `  request: ${sent.method} ${sent.path}${sent.query ? ` ${JSON.stringify(sent.query)}` : ''} as ${sent.as ?? 'nobody'}${sent.body === undefined ? '' : ` body ${clip(sent.body, 1000)}`}`,
          `  clock:   ${new Date(clock).toISOString()}`,
          `  mock:    ${clip(valueAt(mock, where))}`,
          `  server:  ${clip(valueAt(server, where))}`,
          `  mock's whole answer:   ${clip(mock, 3000)}`,
          `  server's whole answer: ${clip(server, 3000)}`,
        ].join('\n'),
      )
    }
    if (sent.method === 'POST' && sent.path === '/session' && mock.status === 201) {
      // Tokens differ (normalized alike): each side keeps its own.
      const { userId } = sent.body as { userId: string }
      for (const side of ['mock', 'server'] as const)
        tokens[side].set(userId, normalizers[side].raw((mock.body as { token: string }).token))
    }
    return mock
  }

  /** A write, with an Idempotency-Key of its own (the next `replay` sends it again). */
  async function write(sent: Omit<Sent, 'idempotencyKey'>): Promise<Answer> {
    const keyed = { ...sent, idempotencyKey: `key-${step}` }
    lastWrite = keyed
    return send(keyed)
  }

  /** The record as the caller reads it now (both sides, compared), or null when it cannot be read. */
  async function read(path: string, as: string | null): Promise<Record<string, unknown> | null> {
    const answer = await send({ method: 'GET', path, as: as ?? seedUsers.at(-1)!.id }, `${current}: read ${path}`)
    return answer.status === 200 ? (answer.body as Record<string, unknown>) : null
  }

  /** The version a write names: the record's own (read first), one behind, or one ahead. */
  async function versionFor(path: string, as: string | null, choice: VersionChoice): Promise<number> {
    return versionOf(await read(path, as), choice)
  }
  const versionOf = (record: Record<string, unknown> | null, choice: VersionChoice) => {
    const version = typeof record?.version === 'number' ? record.version : 1
    return choice === 'current' ? version : choice === 'stale' ? Math.max(1, version - 1) : version + 1
  }

  /** The original's revision now, for a translation (0 for an original or a missing release). */
  async function originalRevisionOf(releaseId: string, as: string | null): Promise<number> {
    const record = await read(`/releases/${releaseId}`, as)
    const originalId = typeof record?.originalId === 'string' ? record.originalId : null
    if (!originalId) return 0
    const original = await read(`/releases/${originalId}`, as)
    return typeof original?.contentRevision === 'number' ? original.contentRevision : 0
  }

  /** Who sends a request: a seeded user, nobody, or the author of the release it is about (read first). */
  async function actor(who: Who, release: ReleaseTarget | undefined): Promise<string | null> {
    if (who === null) return null
    if (typeof who === 'number') return seedUsers[who]!.id
    if (release === undefined) return seedUsers.at(-1)!.id
    const path = `/releases/${releaseAt(release)}`
    if (who === 'author') {
      const author = (await read(path, null))?.author as { id: string } | undefined
      return author?.id ?? seedUsers.at(-1)!.id
    }
    // The first user, from the n-th on, who may take a workflow step now (each read compared too).
    for (let offset = 0; offset < seedUsers.length; offset++) {
      const user = seedUsers[(who.able + offset) % seedUsers.length]!.id
      const actions = ((await read(path, user))?.allowedActions ?? []) as string[]
      if (actions.some((action) => action !== 'edit' && action !== 'delete')) return user
    }
    return seedUsers[who.able]!.id
  }

  const publishAtOf = (choice: PublishAt) =>
    choice === null
      ? null
      : choice === 'past' || choice === 'soon' || choice === 'later'
        ? new Date(clock + (choice === 'past' ? -HOUR : choice === 'soon' ? 2 * HOUR : 20 * 24 * HOUR)).toISOString()
        : choice

  for (const command of commands) {
    step += 1
    // Every third request at the instant of the one before (ties in every time a list sorts by),
    // the others a minute and some milliseconds later (a precision lost would show).
    if (step % 3 !== 0) clock += MINUTE + ((step * 137) % 1000)
    setNow(new Date(clock))
    current = command.kind
    const as = 'as' in command ? await actor(command.as, 'release' in command ? command.release : undefined) : null
    switch (command.kind) {
      case 'create': {
        const answer = await write({ method: 'POST', path: '/releases', body: command.body, as })
        if (answer.status === 201) {
          releases.push((answer.body as { id: string }).id)
          created.push((answer.body as { id: string }).id)
        }
        break
      }
      case 'patch': {
        const id = releaseAt(command.release)
        const version = await versionFor(`/releases/${id}`, as, command.version)
        const basedOnRevision =
          command.basedOn === undefined
            ? undefined
            : command.basedOn === 'current'
              ? await originalRevisionOf(id, as)
              : command.basedOn
        const body = { ...command.changes, version, ...(basedOnRevision === undefined ? {} : { basedOnRevision }) }
        await write({ method: 'PATCH', path: `/releases/${id}`, body, as })
        break
      }
      case 'transition': {
        const id = releaseAt(command.release)
        const record = await read(`/releases/${id}`, as)
        const version = versionOf(record, command.version)
        const allowed = ((record?.allowedActions ?? []) as string[]).filter(
          (action) => !['edit', 'delete'].includes(action),
        )
        const action =
          typeof command.action === 'string'
            ? command.action
            : allowed.length > 0
              ? at(allowed, command.action.allowed)
              : 'submit'
        const body: Record<string, unknown> = { action, version }
        if (command.comment !== undefined) body.comment = command.comment
        // Only an approval takes a publication time, only a confirmation a revision (else 422, never more).
        if (command.publishAt !== undefined && action === 'approve') body.publishAt = publishAtOf(command.publishAt)
        if (command.originalRevision !== undefined && action === 'confirm-translation')
          body.originalRevision =
            command.originalRevision === 'current' ? await originalRevisionOf(id, as) : command.originalRevision
        await write({ method: 'POST', path: `/releases/${id}/transitions`, body, as })
        break
      }
      case 'translate': {
        const id = releaseAt(command.release)
        const answer = await write({
          method: 'POST',
          path: `/releases/${id}/translations`,
          body: { language: command.language },
          as,
        })
        if (answer.status === 201) {
          releases.push((answer.body as { id: string }).id)
          created.push((answer.body as { id: string }).id)
        }
        break
      }
      case 'delete':
        await write({ method: 'DELETE', path: `/releases/${releaseAt(command.release)}`, as })
        break
      case 'assign': {
        const releaseIds = [...new Set(command.releases.map(releaseAt))]
        const body: Record<string, unknown> = {
          releaseIds,
          fieldOperationIds: command.fieldOperations,
          mode: command.mode,
        }
        if (command.expected !== 'none') {
          const expectedVersions: Record<string, number> = {}
          for (const id of releaseIds)
            expectedVersions[id] = await versionFor(
              `/releases/${id}`,
              as,
              command.expected === 'current' ? 'current' : 'stale',
            )
          body.expectedVersions = expectedVersions
        }
        await write({ method: 'POST', path: '/releases/assignments', body, as })
        break
      }
      case 'comment':
        await write({
          method: 'POST',
          path: `/releases/${releaseAt(command.release)}/comments`,
          body: { body: command.body },
          as,
        })
        break
      case 'read':
        await send({ method: 'GET', path: `/releases/${releaseAt(command.release)}${command.what}`, as })
        break
      case 'inbox': {
        const answer = await send({ method: 'GET', path: '/inbox', query: command.query, as })
        if (answer.status === 200)
          for (const item of (answer.body as { items: Array<{ id: string }> }).items)
            if (!notifications.includes(item.id)) notifications.push(item.id)
        break
      }
      case 'mark-read': {
        const ids = notifications.length > 0 ? command.notifications.map((index) => at(notifications, index)) : []
        const body = command.all ? { all: true } : { ids }
        await write({ method: 'POST', path: '/inbox/read', body, as })
        break
      }
      case 'list':
        await send({ method: 'GET', path: '/releases', query: command.query, as })
        break
      case 'counts':
        await send({
          method: 'GET',
          path: '/releases/counts',
          query: without(command.query, ['page', 'pageSize', 'sort', 'status']),
          as,
        })
        break
      case 'export':
        await send({ method: 'GET', path: '/releases/export', query: without(command.query, ['page', 'pageSize']), as })
        break
      case 'report': {
        const takesMonths = !command.report.startsWith('per-')
        await send({ method: 'GET', path: `/reports/${command.report}`, query: takesMonths ? command.query : {}, as })
        break
      }
      case 'reference-list':
        await send({
          method: 'GET',
          path: `/${command.resource}`,
          query: only(command.query, referenceQueryKeys[command.resource]),
          as,
        })
        break
      case 'reference-create': {
        const answer = await write({ method: 'POST', path: `/${command.resource}`, body: command.body, as })
        if (answer.status === 201) references[command.resource].push((answer.body as { id: string }).id)
        break
      }
      case 'reference-patch': {
        const path = `/${command.resource}/${at(references[command.resource], command.record)}`
        const version = await versionFor(path, as, command.version)
        await write({ method: 'PATCH', path, body: { ...command.changes, version }, as })
        break
      }
      case 'reference-delete':
        await write({
          method: 'DELETE',
          path: `/${command.resource}/${at(references[command.resource], command.record)}`,
          as,
        })
        break
      case 'sign-out': {
        if (as === null) break
        const answer = await send({ method: 'DELETE', path: '/session', as })
        if (answer.status === 204) for (const side of ['mock', 'server'] as const) tokens[side].delete(as)
        break
      }
      case 'replay':
        // Sent again under the same key: the first answer again (or, signed out since, what that gets).
        if (lastWrite) await send(lastWrite, 'replay of the last write')
        break
      case 'wait':
        clock += command.hours * HOUR
        setNow(new Date(clock))
        // Any request publishes what fell due; this one shows it.
        await send({ method: 'GET', path: '/releases/counts', as: seedUsers[0]!.id }, 'wait')
        break
    }
  }
}

function clip(value: unknown, max = 600): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value)
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text
}
