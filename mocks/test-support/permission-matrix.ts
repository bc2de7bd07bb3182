import { workflowSteps, type ReleaseStatus } from '../../src/api/contract'
import {
  existingIdOf,
  referenceChange,
  referenceNames,
  referenceResources,
  type ReferenceName,
} from '../reference-resources'

/**
 * The permission matrix of the API as data: every endpoint × every role × owner or not.
 * mocks/handlers/permission-matrix.test.ts calls the API for each cell and checks the
 * answer; mocks/test-support/print-matrix.ts writes it to docs/permission-matrix.md (a
 * test fails when that file is out of date).
 */
export const columns = [
  'editor-own',
  'editor-other',
  'reviewer-own',
  'reviewer-other',
  'admin-own',
  'admin-other',
  'none',
] as const
export type Column = (typeof columns)[number]
export const columnTitles: Record<Column, string> = {
  'editor-own': 'editor, own',
  'editor-other': 'editor, other’s',
  'reviewer-own': 'reviewer, own*',
  'reviewer-other': 'reviewer, other’s',
  'admin-own': 'admin, own',
  'admin-other': 'admin, other’s',
  none: 'no token',
}

export type Expected = Record<Column, number>
/** Expected statuses as [own, other's] per role; no token answers 401 unless given. */
const cells = (
  editor: [number, number],
  reviewer: [number, number],
  admin: [number, number],
  none = 401,
): Expected => ({
  'editor-own': editor[0],
  'editor-other': editor[1],
  'reviewer-own': reviewer[0],
  'reviewer-other': reviewer[1],
  'admin-own': admin[0],
  'admin-other': admin[1],
  none,
})
/** The same for own and other's (the endpoint has no owner). */
const byRole = (editor: number, reviewer: number, admin: number, none = 401) =>
  cells([editor, editor], [reviewer, reviewer], [admin, admin], none)

export type CaseRequest = { method: string; path: string; body?: unknown }
export type Fixture = {
  /** A release of the case's status written by the caller (own) or by another editor. */
  release: { id: string; version: number }
  /** A fresh reference record (state, field operation…) for PATCH and DELETE on a reference resource. */
  record: { id: string; version: number }
  /** A number unique to the cell, for bodies that must be unique. */
  n: number
}
export type MatrixCase = {
  endpoint: string
  situation: string
  /**
   * The release the cell works on; `ready: false` leaves its body empty; `correctedByCaller`
   * makes the caller the last to have changed its content (a reviewer's correction in review);
   * `translation` makes it a Russian translation of a fresh original at revision 1, made from
   * revision 0 ('stale') or from revision 1 ('current').
   */
  release?: {
    status: ReleaseStatus
    ready?: boolean
    correctedByCaller?: boolean
    translation?: 'stale' | 'current'
  }
  /** The reference resource (mocks/reference-resources.ts) whose fresh record the cell works on. */
  reference?: ReferenceName
  request: (fixture: Fixture) => CaseRequest
  expected: Expected
}

const newRelease = {
  type: 'news-item',
  title: 'Matrix',
  dateline: { place: 'Vienna', date: '2026-11-27' },
  sourceIds: ['structure-chairpersonship'],
}
const move =
  (action: string, extra: Record<string, unknown> = {}) =>
  (f: Fixture): CaseRequest => ({
    method: 'POST',
    path: `/releases/${f.release.id}/transitions`,
    body: { action, version: f.release.version, ...extra },
  })
/** A valid create body for a reference resource, unique per `n` (its example in mocks/reference-resources.ts). */
export const referenceBody = (name: ReferenceName, n: number) => referenceResources[name].example(n)

const referenceCases = referenceNames.flatMap((name): MatrixCase[] => {
  const { path } = referenceResources[name]
  return [
    {
      endpoint: `GET ${path}`,
      situation: '',
      request: () => ({ method: 'GET', path }),
      expected: byRole(200, 200, 200),
    },
    {
      endpoint: `GET ${path}/{id}`,
      situation: '',
      request: () => ({ method: 'GET', path: `${path}/${existingIdOf(name)}` }),
      expected: byRole(200, 200, 200),
    },
    {
      endpoint: `POST ${path}`,
      situation: '',
      request: (f) => ({ method: 'POST', path, body: referenceBody(name, f.n) }),
      expected: byRole(403, 403, 201),
    },
    {
      endpoint: `PATCH ${path}/{id}`,
      situation: '',
      reference: name,
      request: (f) => ({
        method: 'PATCH',
        path: `${path}/${f.record.id}`,
        body: { ...referenceChange(name, f.n + 500), version: f.record.version },
      }),
      expected: byRole(403, 403, 200),
    },
    {
      endpoint: `DELETE ${path}/{id}`,
      situation: 'unused',
      reference: name,
      request: (f) => ({ method: 'DELETE', path: `${path}/${f.record.id}` }),
      expected: byRole(403, 403, 204),
    },
  ]
})

export const matrixCases: MatrixCase[] = [
  {
    endpoint: 'GET /users',
    situation: '',
    request: () => ({ method: 'GET', path: '/users' }),
    expected: byRole(200, 200, 200, 200),
  },
  {
    endpoint: 'POST /session',
    situation: '',
    request: () => ({ method: 'POST', path: '/session', body: { userId: 'user-editor-amra' } }),
    expected: byRole(201, 201, 201, 201),
  },
  {
    endpoint: 'GET /session',
    situation: '',
    request: () => ({ method: 'GET', path: '/session' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'DELETE /session',
    situation: '',
    request: () => ({ method: 'DELETE', path: '/session' }),
    expected: byRole(204, 204, 204),
  },
  {
    endpoint: 'GET /releases',
    situation: '',
    request: () => ({ method: 'GET', path: '/releases' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /releases/counts',
    situation: '',
    request: () => ({ method: 'GET', path: '/releases/counts' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /releases/export',
    situation: '',
    request: () => ({ method: 'GET', path: '/releases/export?status=draft' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'POST /releases/assignments',
    situation: '',
    release: { status: 'published' },
    request: (f) => ({
      method: 'POST',
      path: '/releases/assignments',
      body: { releaseIds: [f.release.id], fieldOperationIds: ['field-operation-mission-to-moldova'], mode: 'add' },
    }),
    expected: byRole(403, 403, 200),
  },
  {
    endpoint: 'POST /releases',
    situation: '',
    request: () => ({ method: 'POST', path: '/releases', body: newRelease }),
    expected: byRole(201, 403, 201),
  },
  {
    endpoint: 'GET /releases/{id}',
    situation: 'a draft',
    release: { status: 'draft' },
    request: (f) => ({ method: 'GET', path: `/releases/${f.release.id}` }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /releases/{id}',
    situation: 'no such release',
    request: () => ({ method: 'GET', path: '/releases/release-nope' }),
    expected: byRole(404, 404, 404),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'a draft',
    release: { status: 'draft' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version },
    }),
    expected: cells([200, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'changes requested',
    release: { status: 'changes-requested' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version },
    }),
    expected: cells([200, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'in review (a reviewer’s correction)',
    release: { status: 'in-review' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version },
    }),
    expected: cells([403, 403], [403, 200], [403, 403]),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'scheduled (unschedule first)',
    release: { status: 'scheduled' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version },
    }),
    expected: cells([409, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'published',
    release: { status: 'published' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version },
    }),
    expected: cells([409, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'PATCH /releases/{id}',
    situation: 'a draft, stale version',
    release: { status: 'draft' },
    request: (f) => ({
      method: 'PATCH',
      path: `/releases/${f.release.id}`,
      body: { summary: 'x', version: f.release.version + 1 },
    }),
    expected: cells([409, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'POST /releases/{id}/translations',
    situation: 'a published release, into Russian',
    release: { status: 'published' },
    request: (f) => ({ method: 'POST', path: `/releases/${f.release.id}/translations`, body: { language: 'ru' } }),
    expected: cells([201, 201], [403, 403], [201, 201]),
  },
  {
    endpoint: 'DELETE /releases/{id}',
    situation: 'a draft',
    release: { status: 'draft' },
    request: (f) => ({ method: 'DELETE', path: `/releases/${f.release.id}` }),
    expected: cells([204, 403], [403, 403], [204, 204]),
  },
  {
    endpoint: 'DELETE /releases/{id}',
    situation: 'published',
    release: { status: 'published' },
    request: (f) => ({ method: 'DELETE', path: `/releases/${f.release.id}` }),
    expected: cells([409, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'submit a ready draft',
    release: { status: 'draft' },
    request: move('submit'),
    expected: cells([200, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'submit, changes requested',
    release: { status: 'changes-requested' },
    request: move('submit'),
    expected: cells([200, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'submit a draft without body',
    release: { status: 'draft', ready: false },
    request: move('submit'),
    expected: cells([422, 403], [403, 403], [422, 422]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'submit, in review already',
    release: { status: 'in-review' },
    request: move('submit'),
    expected: cells([409, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'recall, in review',
    release: { status: 'in-review' },
    request: move('recall'),
    expected: cells([200, 403], [403, 403], [200, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'recall, changes requested',
    release: { status: 'changes-requested' },
    request: move('recall'),
    expected: cells([409, 403], [403, 403], [409, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'approve, in review',
    release: { status: 'in-review' },
    request: move('approve'),
    expected: cells([403, 403], [403, 200], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'approve, in review, the caller changed it last',
    release: { status: 'in-review', correctedByCaller: true },
    request: move('approve'),
    expected: cells([403, 403], [403, 403], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'approve with a time ahead',
    release: { status: 'in-review' },
    request: move('approve', { publishAt: '2099-01-01T09:00:00Z' }),
    expected: cells([403, 403], [403, 200], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'approve, stale version',
    release: { status: 'in-review' },
    request: (f) => move('approve')({ ...f, release: { ...f.release, version: f.release.version + 1 } }),
    expected: cells([403, 403], [403, 409], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'approve a draft',
    release: { status: 'draft' },
    request: move('approve'),
    expected: cells([403, 403], [403, 409], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'request changes, with comment',
    release: { status: 'in-review' },
    request: move('request-changes', { comment: 'Shorter.' }),
    expected: cells([403, 403], [403, 200], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'request changes, no comment',
    release: { status: 'in-review' },
    request: move('request-changes'),
    expected: cells([422, 422], [422, 422], [422, 422]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'withdraw, published',
    release: { status: 'published' },
    request: move('withdraw', { comment: 'Wrong.' }),
    expected: cells([403, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'withdraw, scheduled',
    release: { status: 'scheduled' },
    request: move('withdraw', { comment: 'Wrong.' }),
    expected: cells([403, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'withdraw, in review',
    release: { status: 'in-review' },
    request: move('withdraw', { comment: 'Wrong.' }),
    expected: cells([403, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'unschedule (return to draft), scheduled',
    release: { status: 'scheduled' },
    request: move('unschedule', { comment: 'To correct.' }),
    expected: cells([403, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'unschedule, published',
    release: { status: 'published' },
    request: move('unschedule'),
    expected: cells([403, 403], [403, 403], [409, 409]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'reopen, withdrawn',
    release: { status: 'withdrawn' },
    request: move('reopen'),
    expected: cells([403, 403], [403, 403], [200, 200]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'confirm a stale translation still correct, published',
    release: { status: 'published', translation: 'stale' },
    request: move('confirm-translation', { originalRevision: 1 }),
    expected: cells([403, 403], [403, 200], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'confirm a translation that follows its original',
    release: { status: 'published', translation: 'current' },
    request: move('confirm-translation', { originalRevision: 1 }),
    expected: cells([403, 403], [403, 409], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'confirm a stale translation, a draft',
    release: { status: 'draft', translation: 'stale' },
    request: move('confirm-translation', { originalRevision: 1 }),
    expected: cells([403, 403], [403, 409], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'confirm an original',
    release: { status: 'published' },
    request: move('confirm-translation', { originalRevision: 0 }),
    expected: cells([403, 403], [403, 409], [403, 403]),
  },
  {
    endpoint: 'POST /releases/{id}/transitions',
    situation: 'no such release',
    request: () => ({
      method: 'POST',
      path: '/releases/release-nope/transitions',
      body: { action: 'submit', version: 1 },
    }),
    expected: byRole(404, 404, 404),
  },
  {
    endpoint: 'GET /releases/{id}/history',
    situation: '',
    release: { status: 'published' },
    request: (f) => ({ method: 'GET', path: `/releases/${f.release.id}/history` }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /releases/{id}/comments',
    situation: '',
    release: { status: 'in-review' },
    request: (f) => ({ method: 'GET', path: `/releases/${f.release.id}/comments` }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'POST /releases/{id}/comments',
    situation: '',
    release: { status: 'in-review' },
    request: (f) => ({ method: 'POST', path: `/releases/${f.release.id}/comments`, body: { body: 'Looks good.' } }),
    expected: byRole(201, 201, 201),
  },
  {
    endpoint: 'POST /releases/{id}/comments',
    situation: 'empty comment',
    release: { status: 'in-review' },
    request: (f) => ({ method: 'POST', path: `/releases/${f.release.id}/comments`, body: { body: ' ' } }),
    expected: byRole(422, 422, 422),
  },
  {
    endpoint: 'GET /inbox',
    situation: '',
    request: () => ({ method: 'GET', path: '/inbox?unread=true' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'POST /inbox/read',
    situation: '',
    request: () => ({ method: 'POST', path: '/inbox/read', body: { all: true } }),
    expected: byRole(204, 204, 204),
  },
  {
    endpoint: 'GET /reports/published-per-month',
    situation: '',
    request: () => ({ method: 'GET', path: '/reports/published-per-month?months=24' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /reports/published-per-month',
    situation: 'bad months',
    request: () => ({ method: 'GET', path: '/reports/published-per-month?months=0' }),
    expected: byRole(422, 422, 422),
  },
  {
    endpoint: 'GET /reports/per-field-operation',
    situation: '',
    request: () => ({ method: 'GET', path: '/reports/per-field-operation' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /reports/per-field-of-work',
    situation: '',
    request: () => ({ method: 'GET', path: '/reports/per-field-of-work' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /reports/review-turnaround',
    situation: '',
    request: () => ({ method: 'GET', path: '/reports/review-turnaround' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /reports/translation-turnaround',
    situation: '',
    request: () => ({ method: 'GET', path: '/reports/translation-turnaround?months=12' }),
    expected: byRole(200, 200, 200),
  },
  ...referenceCases,
  {
    endpoint: 'GET /structures',
    situation: '',
    request: () => ({ method: 'GET', path: '/structures' }),
    expected: byRole(200, 200, 200),
  },
  {
    endpoint: 'GET /structures/{id}',
    situation: '',
    request: () => ({ method: 'GET', path: '/structures/structure-chairpersonship' }),
    expected: byRole(200, 200, 200),
  },
]

const expectedResults = () => matrixCases.map((matrixCase) => ({ matrixCase, actual: matrixCase.expected }))

/** The matrix as a markdown table: one row per case, one column per role and ownership. */
export function matrixTable(
  results: ReadonlyArray<{ matrixCase: MatrixCase; actual: Expected }> = expectedResults(),
): string[] {
  return [
    `| endpoint | situation | ${columns.map((column) => columnTitles[column]).join(' | ')} |`,
    `| --- | --- | ${columns.map(() => '---').join(' | ')} |`,
    ...results.map(
      ({ matrixCase, actual }) =>
        `| ${matrixCase.endpoint} | ${matrixCase.situation} | ${columns.map((column) => actual[column]).join(' | ')} |`,
    ),
  ]
}

/** The contract's rule table (`workflowSteps()`) as a markdown table. */
export const workflowTable = (): string[] => [
  '| action | from | to | who may | what else |',
  '| --- | --- | --- | --- | --- |',
  ...workflowSteps().map(
    (step) => `| \`${step.action}\` | ${step.from.join(', ')} | ${step.to} | ${step.who} | ${step.effect} |`,
  ),
]

/** docs/permission-matrix.md: the matrix, then the workflow (also printed in docs/openapi.json). */
export function renderMatrix(
  results: ReadonlyArray<{ matrixCase: MatrixCase; actual: Expected }> = expectedResults(),
): string {
  return [
    '# Permission matrix',
    '',
    'What the API answers, per endpoint, role and ownership of the release (“own”: the caller wrote it).',
    'Generated from mocks/test-support/permission-matrix.ts (`npx tsx mocks/test-support/print-matrix.ts`);',
    'mocks/handlers/permission-matrix.test.ts calls the mock API for every cell and fails when an answer or this file differs.',
    '',
    ...matrixTable(results),
    '',
    '\\* Reviewers cannot create releases; the “own” reviewer cells use a release stored with the reviewer as author, to show four eyes.',
    'Bodies are validated before permissions on transitions and comments, so a bad body answers 422 to anybody signed in.',
    '',
    '## The workflow',
    '',
    'From the contract’s rule table (`workflowSteps()` in src/api/contract/workflow.ts). Anybody else gets 403; another status 409.',
    '',
    ...workflowTable(),
    '',
  ].join('\n')
}
