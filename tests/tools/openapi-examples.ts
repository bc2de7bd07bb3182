import { getResponse } from 'msw'
import type { z } from 'zod'
import {
  chairpersonshipInputSchema,
  fieldOfWorkInputSchema,
  fieldOperationInputSchema,
  languageInputSchema,
  stateInputSchema,
} from '../../src/api/contract'
import { resetDb, setNow } from '../../mocks/db'
import { createHandlers } from '../../mocks/handlers'
import { seedPressRelease } from '../../mocks/seed/press-release'
import { operationId } from './openapi'

/** Examples of the API document, by operationId (request bodies, the CSV) and by component schema. */
export type OpenApiExamples = {
  requests: Record<string, unknown>
  responses: Record<string, unknown>
  schemas: Record<string, unknown>
}

const base = 'http://newsroom.example/api'
/** A fixed clock, so that the answers (and the document) are the same on every run. */
const at = new Date('2024-06-27T08:00:00Z')
const release = seedPressRelease.id
const fixedUuid = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed'

/**
 * The document's examples, taken from the seed: the mock answers real requests about the
 * source page's release and the seeded reference data (through MSW's getResponse, no network),
 * so every example is an answer the API gives. Generated releases are left out: they move
 * with the date the demo is seeded on.
 */
export async function collectExamples(): Promise<OpenApiExamples> {
  await resetDb()
  setNow(at)
  try {
    // Ids and tokens made now are random: the examples show their form with a fixed one.
    const examples = JSON.stringify(await collect())
    return JSON.parse(
      examples
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, fixedUuid)
        // The mock's newId: the time (fixed here), a counter of the process and a random part.
        .replace(
          new RegExp(`-${at.getTime().toString(36)}-[0-9a-z]{6}-[0-9a-f]{8}`, 'g'),
          `-${at.getTime().toString(36)}-000001-${fixedUuid.slice(0, 8)}`,
        ),
    ) as OpenApiExamples
  } finally {
    setNow(null)
  }
}

async function collect(): Promise<OpenApiExamples> {
  const handlers = createHandlers({ baseUrl: base, latencyMs: 0 })
  const call = async (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; refused?: boolean } = {},
  ) => {
    const headers: Record<string, string> = {}
    if (options.token) headers.Authorization = `Bearer ${options.token}`
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'
    const request = new Request(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const response = await getResponse(handlers, request)
    if (!response) throw new Error(`No handler answered ${method} ${path}`)
    if (response.ok === Boolean(options.refused))
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.clone().text()}`)
    const text = await response.text()
    return (response.headers.get('Content-Type') ?? '').includes('json') ? (JSON.parse(text) as unknown) : text
  }
  const signIn = async (userId: string) => {
    const session = (await call('POST', '/session', { body: { userId } })) as { token: string; user: unknown }
    return session
  }
  const admin = await signIn('user-admin-elena')
  const editor = await signIn('user-editor-amra')
  const get = (path: string, token = admin.token) => call('GET', path, { token })
  const first = (page: unknown) => (page as { items: unknown[] }).items[0]
  const onlyThis = `q=${encodeURIComponent('concludes visit to Tajikistan')}`

  const pressRelease = (await get(`/releases/${release}`)) as { version: number }
  const releasePage = await get(`/releases?${onlyThis}&pageSize=1`)
  const history = await get(`/releases/${release}/history`)
  const statePage = await get('/states?pageSize=2')
  const chairpersonshipPage = await get('/chairpersonships?pageSize=2&sort=-year')
  const fieldOperationPage = await get('/field-operations?pageSize=2')
  const fieldOfWorkPage = await get('/fields-of-work?pageSize=2')
  const languagePage = await get(`/languages?pageSize=2&q=${encodeURIComponent('Тоҷикӣ')}`)
  const structurePage = await get('/structures?pageSize=2')
  const blankTitle = await call('POST', '/releases', {
    token: editor.token,
    refused: true,
    body: { type: 'press-release', title: ' ', dateline: { place: 'Dushanbe', date: '2024-06-26' }, sourceIds: [] },
  })

  // A comment by a reviewer on the seed's release: its author (Jonas) is told in the inbox.
  const reviewer = await signIn('user-reviewer-claire')
  const commentBody = { body: 'Cleared with the Chairpersonship.' }
  const comment = await call('POST', `/releases/${release}/comments`, { token: reviewer.token, body: commentBody })
  const comments = await get(`/releases/${release}/comments`)
  const author = await signIn(seedPressRelease.authorId)
  const inbox = (await get('/inbox?pageSize=50', author.token)) as { items: Array<{ release: { id: string } }> }
  // Only what concerns the seed's release: the generated releases' notifications move with the date.
  const aboutThis = inbox.items.filter((notification) => notification.release.id === release)
  const inboxPage = { items: aboutThis, total: aboutThis.length, page: 1, pageSize: 25, unread: aboutThis.length }

  // The reports, for the seed's release alone (the generated releases move with the date).
  const published = pressRelease as unknown as {
    publishedAt: string
    fieldOperations: unknown[]
    fieldsOfWork: unknown[]
    submittedAt: string
  }
  const month = published.publishedAt.slice(0, 7)
  const approvedAt = (history as { items: Array<{ kind: string; at: string }> }).items.find(
    (entry) => entry.kind === 'approve',
  )!.at
  const hours = (Date.parse(approvedAt) - Date.parse(published.submittedAt)) / 3_600_000

  const releaseInput = {
    type: seedPressRelease.type,
    title: seedPressRelease.title,
    dateline: seedPressRelease.dateline,
    summary: seedPressRelease.summary,
    body: seedPressRelease.body.split('\n')[0],
    sourceIds: seedPressRelease.sourceIds,
    fieldOfWorkIds: seedPressRelease.fieldOfWorkIds,
    stateIds: seedPressRelease.stateIds,
  }
  const assignment = {
    releaseIds: [release],
    fieldOperationIds: seedPressRelease.fieldOperationIds,
    mode: 'add',
    expectedVersions: { [release]: pressRelease.version },
  }
  /** A seeded record as it would be created: a reference ({ id, name }) sent as its id, only the input's fields. */
  const reference = (page: unknown, input: z.ZodObject) =>
    Object.fromEntries(
      Object.entries(first(page) as Record<string, unknown>)
        .map(([key, value]): [string, unknown] =>
          typeof value === 'object' && value !== null && 'id' in value ? [`${key}Id`, value.id] : [key, value],
        )
        .filter(([key]) => key in input.shape),
    )
  /** The seed's release went submit (version 1 → 2), approve (→ 3); the other steps as they would be sent. */
  const transitionExamples = {
    TransitionInputSubmit: { action: 'submit', version: 1, comment: 'Ready before the Minister leaves Dushanbe.' },
    TransitionInputRecall: { action: 'recall', version: 2 },
    TransitionInputApprove: { action: 'approve', version: 2, publishAt: '2024-06-26T10:00:00Z' },
    TransitionInputRequestChanges: {
      action: 'request-changes',
      version: 2,
      comment: 'Name the Border Management Staff College in full in the summary.',
    },
    TransitionInputWithdraw: {
      action: 'withdraw',
      version: 3,
      comment: 'Published before the Chairpersonship cleared it.',
    },
    TransitionInputUnschedule: { action: 'unschedule', version: 3, comment: 'The visit was postponed.' },
    TransitionInputReopen: { action: 'reopen', version: 4 },
  }
  const requests: Record<string, unknown> = {
    [operationId('post', '/session')]: { userId: 'user-editor-amra' },
    [operationId('post', '/releases')]: releaseInput,
    [operationId('patch', '/releases/{id}')]: { title: seedPressRelease.title, version: 3 },
    [operationId('post', '/releases/{id}/transitions')]: transitionExamples.TransitionInputApprove,
    [operationId('post', '/releases/{id}/comments')]: commentBody,
    [operationId('post', '/inbox/read')]: { all: true },
    [operationId('post', '/releases/assignments')]: assignment,
    [operationId('post', '/states')]: reference(statePage, stateInputSchema),
    [operationId('patch', '/states/{id}')]: { capital: 'Vienna', version: 1 },
    [operationId('post', '/chairpersonships')]: reference(chairpersonshipPage, chairpersonshipInputSchema),
    [operationId('patch', '/chairpersonships/{id}')]: { version: 1 },
    [operationId('post', '/field-operations')]: reference(fieldOperationPage, fieldOperationInputSchema),
    [operationId('patch', '/field-operations/{id}')]: { version: 1 },
    [operationId('post', '/fields-of-work')]: reference(fieldOfWorkPage, fieldOfWorkInputSchema),
    [operationId('patch', '/fields-of-work/{id}')]: { version: 1 },
    [operationId('post', '/languages')]: reference(languagePage, languageInputSchema),
    [operationId('patch', '/languages/{id}')]: { nativeName: 'Тоҷикӣ', version: 1 },
  }

  return {
    requests,
    responses: {
      [operationId('get', '/releases/export')]: await get(`/releases/export?${onlyThis}`),
    },
    schemas: {
      Session: editor,
      CurrentSession: await get('/session', editor.token),
      User: editor.user,
      Release: pressRelease,
      ReleasePage: releasePage,
      ReleaseListItem: first(releasePage),
      ReleaseCounts: await get(`/releases/counts?${onlyThis}`),
      ReleaseInput: releaseInput,
      ReleaseAssignmentInput: assignment,
      ReleaseAssignmentResult: await call('POST', '/releases/assignments', { token: admin.token, body: assignment }),
      Users: await call('GET', '/users'),
      Comment: comment,
      Comments: comments,
      CommentInput: commentBody,
      Notification: aboutThis[0],
      InboxPage: inboxPage,
      PublishedPerMonth: { items: [{ month, count: 1 }] },
      PerFieldOperation: {
        items: published.fieldOperations.map((fieldOperation) => ({ fieldOperation, count: 1 })),
      },
      PerFieldOfWork: { items: published.fieldsOfWork.map((fieldOfWork) => ({ fieldOfWork, count: 1 })) },
      ReviewTurnaround: { items: [{ month, medianHours: Math.round(hours * 10) / 10, count: 1 }] },
      History: history,
      SignInInput: requests[operationId('post', '/session')],
      ReleasePatch: requests[operationId('patch', '/releases/{id}')],
      ReleaseContent: { title: releaseInput.title, summary: releaseInput.summary, body: releaseInput.body },
      Ref: (pressRelease as unknown as { author: unknown }).author,
      ReleaseStatus: 'published',
      ReleaseAction: 'withdraw',
      MarkReadInput: requests[operationId('post', '/inbox/read')],
      ...transitionExamples,
      StatePatch: requests[operationId('patch', '/states/{id}')],
      ChairpersonshipInput: requests[operationId('post', '/chairpersonships')],
      ChairpersonshipPatch: requests[operationId('patch', '/chairpersonships/{id}')],
      FieldOperationInput: requests[operationId('post', '/field-operations')],
      FieldOperationPatch: requests[operationId('patch', '/field-operations/{id}')],
      FieldOfWorkInput: requests[operationId('post', '/fields-of-work')],
      FieldOfWorkPatch: requests[operationId('patch', '/fields-of-work/{id}')],
      LanguageInput: requests[operationId('post', '/languages')],
      LanguagePatch: requests[operationId('patch', '/languages/{id}')],
      HistoryEntry: first(history),
      Problem: blankTitle,
      State: first(statePage),
      StatePage: statePage,
      StateInput: requests[operationId('post', '/states')],
      Chairpersonship: first(chairpersonshipPage),
      ChairpersonshipPage: chairpersonshipPage,
      FieldOperation: first(fieldOperationPage),
      FieldOperationPage: fieldOperationPage,
      FieldOfWork: first(fieldOfWorkPage),
      FieldOfWorkPage: fieldOfWorkPage,
      Language: first(languagePage),
      LanguagePage: languagePage,
      Structure: first(structurePage),
      StructurePage: structurePage,
    },
  }
}
