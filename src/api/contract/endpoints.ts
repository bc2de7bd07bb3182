import { z } from 'zod'
import {
  chairpersonshipInputSchema,
  chairpersonshipListQuerySchema,
  chairpersonshipPatchSchema,
  chairpersonshipPageSchema,
  chairpersonshipSchema,
} from './chairpersonships'
import {
  fieldOfWorkInputSchema,
  fieldOfWorkListQuerySchema,
  fieldOfWorkPatchSchema,
  fieldOfWorkPageSchema,
  fieldOfWorkSchema,
} from './fields-of-work'
import {
  fieldOperationInputSchema,
  fieldOperationListQuerySchema,
  fieldOperationPatchSchema,
  fieldOperationPageSchema,
  fieldOperationSchema,
} from './field-operations'
import {
  perFieldOfWorkSchema,
  perFieldOperationSchema,
  publishedPerMonthSchema,
  reportMonthsQuerySchema,
  reviewTurnaroundSchema,
} from './reports'
import { releaseAssignmentInputSchema, releaseAssignmentResultSchema } from './release-assignments'
import { releaseExportDescription } from './release-export'
import {
  releaseCountsQuerySchema,
  releaseCountsSchema,
  releaseInputSchema,
  releaseListQuerySchema,
  releasePageSchema,
  releasePatchSchema,
  releaseSchema,
} from './releases'
import { stateInputSchema, stateListQuerySchema, statePatchSchema, statePageSchema, stateSchema } from './states'
import { structureListQuerySchema, structurePageSchema, structureSchema } from './structures'
import { currentSessionSchema, sessionSchema, signInInputSchema, usersSchema } from './users'
import {
  commentInputSchema,
  commentSchema,
  commentsSchema,
  historySchema,
  inboxPageSchema,
  inboxQuerySchema,
  markReadInputSchema,
  transitionInputSchema,
} from './workflow'

/**
 * Every endpoint of the API as data. docs/openapi.json is generated from this list,
 * so the document a backend team implements cannot drift from the schemas.
 */
export type Endpoint = {
  method: 'get' | 'post' | 'patch' | 'delete'
  path: string
  summary: string
  /** More than the summary says, where a reader needs it (the CSV's columns). */
  description?: string
  /** Who may call it; `public` needs no token. */
  access: 'public' | 'signed-in' | 'admin'
  query?: z.ZodObject
  body?: z.ZodType
  response?: z.ZodType
  /** The response's media type when it is not JSON (then `response` describes no body schema). */
  responseType?: 'text/csv'
  status: number
  errors: number[]
}

const resource = (options: {
  path: string
  name: string
  item: z.ZodType
  page: z.ZodType
  query: z.ZodObject
  input?: z.ZodType
  /** The PATCH body: the input with the version it was based on. */
  patch?: z.ZodType
}): Endpoint[] => {
  const { path, name, item, page, query, input, patch = input } = options
  const reads: Endpoint[] = [
    {
      method: 'get',
      path,
      summary: `List ${name}`,
      access: 'signed-in',
      query,
      response: page,
      status: 200,
      errors: [401, 422],
    },
    {
      method: 'get',
      path: `${path}/{id}`,
      summary: `One of the ${name}`,
      access: 'signed-in',
      response: item,
      status: 200,
      errors: [401, 404],
    },
  ]
  if (!input) return reads
  return [
    ...reads,
    {
      method: 'post',
      path,
      summary: `Create one of the ${name}`,
      access: 'admin',
      body: input,
      response: item,
      status: 201,
      errors: [401, 403, 409, 422],
    },
    {
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Change one of the ${name}`,
      access: 'admin',
      body: patch,
      response: item,
      status: 200,
      errors: [401, 403, 404, 409, 422],
    },
    {
      method: 'delete',
      path: `${path}/{id}`,
      summary: `Delete one of the ${name} that nothing uses`,
      access: 'admin',
      status: 204,
      errors: [401, 403, 404, 409],
    },
  ]
}

/**
 * Every write may answer 503 Service unavailable (with Retry-After when a wait helps), having
 * changed nothing: a server that is down, or the demo's mock when the browser's storage is full.
 */
const writesMayBeUnavailable = (list: Endpoint[]): Endpoint[] =>
  list.map((endpoint) => (endpoint.method === 'get' ? endpoint : { ...endpoint, errors: [...endpoint.errors, 503] }))

export const endpoints: Endpoint[] = writesMayBeUnavailable([
  {
    method: 'get',
    path: '/users',
    summary: 'The people who can sign in (demo sign-in)',
    access: 'public',
    response: usersSchema,
    status: 200,
    errors: [],
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in as a user; answers a bearer token',
    access: 'public',
    body: signInInputSchema,
    response: sessionSchema,
    status: 201,
    errors: [404, 422],
  },
  {
    method: 'get',
    path: '/session',
    summary: 'The signed-in user',
    access: 'signed-in',
    response: currentSessionSchema,
    status: 200,
    errors: [401],
  },
  { method: 'delete', path: '/session', summary: 'Sign out', access: 'signed-in', status: 204, errors: [401] },
  {
    method: 'get',
    path: '/releases',
    summary: 'List releases (without bodies)',
    access: 'signed-in',
    query: releaseListQuerySchema,
    response: releasePageSchema,
    status: 200,
    errors: [401, 422],
  },
  {
    method: 'get',
    path: '/releases/counts',
    summary: 'How many releases of each status match the filters (for the status tabs)',
    access: 'signed-in',
    query: releaseCountsQuerySchema,
    response: releaseCountsSchema,
    status: 200,
    errors: [401, 422],
  },
  {
    method: 'get',
    path: '/releases/export',
    summary:
      'Every release matching the filters, in the given sort, as CSV (RFC 4180: UTF-8 with a byte-order mark, CRLF, a header row; text starting with = + - @, a tab or CR gets a leading apostrophe)',
    description: releaseExportDescription,
    access: 'signed-in',
    query: releaseListQuerySchema.omit({ page: true, pageSize: true }),
    responseType: 'text/csv',
    status: 200,
    errors: [401, 422],
  },
  {
    method: 'post',
    path: '/releases/assignments',
    summary:
      'Assign releases to field operations, or remove them, in one batch; answers which changed and which were skipped, and why',
    access: 'admin',
    body: releaseAssignmentInputSchema,
    response: releaseAssignmentResultSchema,
    status: 200,
    errors: [401, 403, 422],
  },
  {
    method: 'post',
    path: '/releases',
    summary: 'Create a draft release',
    access: 'signed-in',
    body: releaseInputSchema,
    response: releaseSchema,
    status: 201,
    errors: [401, 403, 422],
  },
  {
    method: 'get',
    path: '/releases/{id}',
    summary: 'One release',
    access: 'signed-in',
    response: releaseSchema,
    status: 200,
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/releases/{id}',
    summary: 'Change a release; carries the version it was based on',
    access: 'signed-in',
    body: releasePatchSchema,
    response: releaseSchema,
    status: 200,
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'delete',
    path: '/releases/{id}',
    summary: 'Delete a draft (its author or an admin)',
    access: 'signed-in',
    status: 204,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/releases/{id}/transitions',
    summary:
      'Move a release through the workflow (submit, approve, request changes, withdraw, reopen); carries the version',
    access: 'signed-in',
    body: transitionInputSchema,
    response: releaseSchema,
    status: 200,
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/releases/{id}/history',
    summary: 'Every change of status of a release: who, when, from, to, comment (read-only)',
    access: 'signed-in',
    response: historySchema,
    status: 200,
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/releases/{id}/comments',
    summary: 'The conversation about a release, oldest first',
    access: 'signed-in',
    response: commentsSchema,
    status: 200,
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/releases/{id}/comments',
    summary: 'Add to the conversation about a release',
    access: 'signed-in',
    body: commentInputSchema,
    response: commentSchema,
    status: 201,
    errors: [401, 404, 422],
  },
  {
    method: 'get',
    path: '/inbox',
    summary: 'The caller’s notifications, newest first, with the unread count',
    access: 'signed-in',
    query: inboxQuerySchema,
    response: inboxPageSchema,
    status: 200,
    errors: [401, 422],
  },
  {
    method: 'post',
    path: '/inbox/read',
    summary: 'Mark notifications (or all) as read',
    access: 'signed-in',
    body: markReadInputSchema,
    status: 204,
    errors: [401, 422],
  },
  {
    method: 'get',
    path: '/reports/published-per-month',
    summary: 'Releases published in each of the last N months (withdrawn ones excluded)',
    access: 'signed-in',
    query: reportMonthsQuerySchema,
    response: publishedPerMonthSchema,
    status: 200,
    errors: [401, 422],
  },
  {
    method: 'get',
    path: '/reports/per-field-operation',
    summary: 'Published releases per field operation (withdrawn ones excluded)',
    access: 'signed-in',
    response: perFieldOperationSchema,
    status: 200,
    errors: [401],
  },
  {
    method: 'get',
    path: '/reports/per-field-of-work',
    summary: 'Published releases per field of work (withdrawn ones excluded)',
    access: 'signed-in',
    response: perFieldOfWorkSchema,
    status: 200,
    errors: [401],
  },
  {
    method: 'get',
    path: '/reports/review-turnaround',
    summary: 'Median hours from submission to approval, per month of approval',
    access: 'signed-in',
    query: reportMonthsQuerySchema,
    response: reviewTurnaroundSchema,
    status: 200,
    errors: [401, 422],
  },
  ...resource({
    path: '/states',
    name: 'participating States and partners',
    item: stateSchema,
    page: statePageSchema,
    query: stateListQuerySchema,
    input: stateInputSchema,
    patch: statePatchSchema,
  }),
  ...resource({
    path: '/chairpersonships',
    name: 'chairpersonships',
    item: chairpersonshipSchema,
    page: chairpersonshipPageSchema,
    query: chairpersonshipListQuerySchema,
    input: chairpersonshipInputSchema,
    patch: chairpersonshipPatchSchema,
  }),
  ...resource({
    path: '/field-operations',
    name: 'field operations',
    item: fieldOperationSchema,
    page: fieldOperationPageSchema,
    query: fieldOperationListQuerySchema,
    input: fieldOperationInputSchema,
    patch: fieldOperationPatchSchema,
  }),
  ...resource({
    path: '/fields-of-work',
    name: 'fields of work',
    item: fieldOfWorkSchema,
    page: fieldOfWorkPageSchema,
    query: fieldOfWorkListQuerySchema,
    input: fieldOfWorkInputSchema,
    patch: fieldOfWorkPatchSchema,
  }),
  ...resource({
    path: '/structures',
    name: 'structures (release sources)',
    item: structureSchema,
    page: structurePageSchema,
    query: structureListQuerySchema,
  }),
])
