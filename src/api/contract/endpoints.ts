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
  languageCodeFixedMessage,
  languageInputSchema,
  languageListQuerySchema,
  languagePageSchema,
  languagePatchSchema,
  languageSchema,
} from './languages'
import {
  perFieldOfWorkSchema,
  perFieldOperationSchema,
  publishedPerMonthSchema,
  reportMonthsQuerySchema,
  reviewTurnaroundSchema,
  translationTurnaroundSchema,
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
  translationInputSchema,
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
  /** What a client needs to know beyond the schemas: rules, side effects, who may. */
  description: string
  /** Who may call it; `public` needs no token. */
  access: 'public' | 'signed-in' | 'admin'
  query?: z.ZodObject
  body?: z.ZodType
  response?: z.ZodType
  /** The response's media type when it is not JSON (then `response` describes no body schema). */
  responseType?: 'text/csv'
  status: number
  /** Every refusal it can answer, with when: no other status, and each of these can happen. */
  errors: Record<number, string>
}

/** The refusals most operations share, worded once. */
export const refusals = {
  malformedPath: 'A path parameter has a malformed percent-escape.',
  longKey: 'The Idempotency-Key header is longer than 200 characters.',
  reusedKey: 'The Idempotency-Key was already used with another request body (`errors["Idempotency-Key"]`).',
  signedOut:
    'No valid bearer token (answered with `WWW-Authenticate: Bearer`; with `Bearer error="invalid_token"` when the token sent is not, or no longer, valid).',
  adminOnly: 'The caller is not an admin.',
  notFound: 'There is no record with this id.',
  staleVersion:
    'The `version` sent is not the current one: someone else saved first. The problem carries `currentVersion`; nothing was changed.',
  invalidBody: 'The body breaks a rule: `errors` holds one message per field (its JSON path, e.g. `dateline.place`).',
  invalidQuery:
    'A query parameter is not valid, or is not one of this operation’s (a misspelt filter is refused rather than ignored): `errors` names each.',
  unavailable:
    'Nothing was changed, and the same request may be sent again: the server or its database is not answering, or (the demo) the browser’s storage is full. Retry-After says when, if waiting helps.',
  readUnavailable: 'The server’s database is not answering: try again in a moment.',
  tooLarge:
    'The request body is larger than the server accepts (BODY_LIMIT_BYTES, 1 MiB by default); nothing was read.',
} as const

/** A path with an id: a malformed escape, and a record that is not there. */
const idRefusals = { 400: refusals.malformedPath, 404: refusals.notFound }
/** Who is signed in, and who may. */
const signedIn = { 401: refusals.signedOut }
const adminOnly = { ...signedIn, 403: refusals.adminOnly }

const resource = (options: {
  path: string
  name: string
  /** Singular, for sentences: "State". */
  one: string
  item: z.ZodType
  page: z.ZodType
  query: z.ZodObject
  input?: z.ZodType
  /** The PATCH body: the fields to change (any of the input's) and the version it was based on. */
  patch?: z.ZodType
  /** When deleting it answers 409: what may use a record; none when nothing can. */
  usedBy?: string
  /** What else deleting it refuses with 409, beyond being in use (a sentence). */
  undeletable?: string
  /** What the list is for and how it sorts, beyond paging. */
  about: string
  /** What `q` searches (case- and accent-insensitive). */
  searches: string
  /** The rules of a write that the schema cannot say (uniqueness, references). */
  rules?: string
}): Endpoint[] => {
  const { path, name, one, item, page, query, input, patch = input, usedBy, undeletable = '' } = options
  const { about, searches, rules = '' } = options
  const reads: Endpoint[] = [
    {
      method: 'get',
      path,
      summary: `List ${name}`,
      description: `${about} Paged (see Paging); \`q\` searches ${searches}, ignoring case and accents.`,
      access: 'signed-in',
      query,
      response: page,
      status: 200,
      errors: { ...signedIn, 422: refusals.invalidQuery },
    },
    {
      method: 'get',
      path: `${path}/{id}`,
      summary: `One of the ${name}`,
      description: `The ${one} with this id, with its current \`version\` (send it back to change the ${one}).`,
      access: 'signed-in',
      response: item,
      status: 200,
      errors: { ...idRefusals, ...signedIn },
    },
  ]
  if (!input) return reads
  return [
    ...reads,
    {
      method: 'post',
      path,
      summary: `Create one of the ${name}`,
      description: `Admins only. Answers the new ${one} (version 1) with its address in Location. ${rules}`.trim(),
      access: 'admin',
      body: input,
      response: item,
      status: 201,
      errors: { ...adminOnly, 422: `${refusals.invalidBody} ${rules}`.trim() },
    },
    {
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Change one of the ${name}`,
      description:
        `Admins only. A partial update: only the fields sent change (null clears an optional one), checked together with the fields kept; \`version\` is the one the change was based on (see Concurrency). ${rules}`.trim(),
      access: 'admin',
      body: patch,
      response: item,
      status: 200,
      errors: {
        ...adminOnly,
        ...idRefusals,
        409: refusals.staleVersion,
        422: `${refusals.invalidBody} ${rules}`.trim(),
      },
    },
    {
      method: 'delete',
      path: `${path}/{id}`,
      summary: usedBy ? `Delete one of the ${name} that nothing uses` : `Delete one of the ${name}`,
      description: usedBy
        ? `Admins only. A ${one} that ${usedBy} uses cannot be deleted: 409 says what uses it. ${undeletable}`.trim()
        : `Admins only. Nothing refers to a ${one}, so it can always be deleted.`,
      access: 'admin',
      status: 204,
      errors: {
        ...adminOnly,
        ...idRefusals,
        ...(usedBy
          ? {
              409: `Something uses it (${usedBy}): \`detail\` names what; nothing was deleted. ${undeletable}`.trim(),
            }
          : {}),
      } as Record<number, string>,
    },
  ]
}

/** The rules of a release's fields that the schema cannot say. */
const releaseReferenceRule =
  'Every id in `sourceIds`, `fieldOfWorkIds` and `stateIds` must exist (else 422 with the field’s message, e.g. "Unknown source: x").'

/**
 * Every write takes an Idempotency-Key (see Idempotency), so every write may also answer 400 (a
 * key over 200 characters), 422 (a key already used with another body; not a DELETE) and 503
 * (nothing changed); a write with a body 413 (over the server's limit). A read may answer 503
 * when the server's database does not answer.
 */
const withWriteRefusals = (endpoint: Endpoint): Endpoint => {
  if (endpoint.method === 'get') return { ...endpoint, errors: { ...endpoint.errors, 503: refusals.readUnavailable } }
  const also = (status: number, text: string) =>
    endpoint.errors[status] ? `${endpoint.errors[status]} Or: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
  const errors: Record<number, string> = { ...endpoint.errors, 400: also(400, refusals.longKey) }
  // A DELETE's body is not looked at: the same key on the same path is the same delete.
  if (endpoint.method !== 'delete') errors[422] = also(422, refusals.reusedKey)
  errors[503] = refusals.unavailable
  if (endpoint.body) errors[413] = refusals.tooLarge
  return { ...endpoint, errors }
}

const everyEndpoint: Endpoint[] = [
  {
    method: 'get',
    path: '/users',
    summary: 'The people: in the demo, who can sign in',
    description:
      'In the demo, public: everyone a person may sign in as, with their role (the sign-in page lists them). A deployment that signs people in through its identity provider lists the people recorded from their tokens so far (the filters by author), to signed-in people only: 401 without a valid token, 403 for a person with none of the roles.',
    access: 'public',
    response: usersSchema,
    status: 200,
    errors: {},
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in as a user (demo sign-in); answers a bearer token',
    description:
      'The demo’s sign-in only: it takes a user id and no credential, so anyone who reaches it may be anyone. The token answered is sent as `Authorization: Bearer <token>` on every other call, until DELETE /session. Each browser tab signs in on its own. A deployment that signs people in through its identity provider has no such endpoint (404).',
    access: 'public',
    body: signInInputSchema,
    response: sessionSchema,
    status: 201,
    errors: { 422: 'There is no user with this `userId` (errors.userId), or the body is not valid.' },
  },
  {
    method: 'get',
    path: '/session',
    summary: 'The signed-in user',
    description:
      'Who the bearer token belongs to, as the server knows them now (their role included). In a deployment, the person the identity provider’s token names, recorded from its claims (see Sign-in).',
    access: 'signed-in',
    response: currentSessionSchema,
    status: 200,
    errors: { ...signedIn },
  },
  {
    method: 'delete',
    path: '/session',
    summary: 'Sign out',
    description:
      'The demo’s sign-in only: ends the session of this bearer token, which answers 401 from then on. A deployment has no such endpoint (404): people sign out at the identity provider.',
    access: 'signed-in',
    status: 204,
    errors: { ...signedIn },
  },
  {
    method: 'get',
    path: '/releases',
    summary: 'List releases (without bodies)',
    description:
      'Every release matching all the filters given, in the given sort, paged (see Paging). Lists leave out `body`; GET /releases/{id} has it. `q` searches titles, summaries and bodies, in every language: a release matches when every word of `q` starts one of its words (case and accents ignored, Cyrillic too: `hadzic` finds Hadžić, `душан` finds Душанбе, `border` finds borders and cross-border, `order` finds neither); ties in any sort are broken by id so pages never overlap.',
    access: 'signed-in',
    query: releaseListQuerySchema,
    response: releasePageSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'get',
    path: '/releases/counts',
    summary: 'How many releases of each status match the filters (for the status tabs)',
    description:
      'The same filters as GET /releases without paging, sort and `status`: it counts each status, every status present (0 when none).',
    access: 'signed-in',
    query: releaseCountsQuerySchema,
    response: releaseCountsSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'get',
    path: '/releases/export',
    summary: 'Every release matching the filters, in the given sort, as CSV',
    description: `The filters and sort of GET /releases, without paging: every matching release, as an attachment (Content-Disposition). ${releaseExportDescription}`,
    access: 'signed-in',
    query: releaseListQuerySchema.omit({ page: true, pageSize: true }),
    responseType: 'text/csv',
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'post',
    path: '/releases/assignments',
    summary: 'Assign releases to field operations, or remove them, in one batch',
    description:
      'Admins only. Adds (or removes) every named field operation to (from) every named release, in one transaction, and answers which releases changed and which were skipped, and why: a batch is never refused for one release (a stale one is skipped as "changed-since-seen", see `expectedVersions`). Every id in `fieldOperationIds` must exist (else 422); an unknown release id is skipped as "unknown-release". Each changed release gets a new version and a history entry, but not a new `updatedAt` (metadata, see Release).',
    access: 'admin',
    body: releaseAssignmentInputSchema,
    response: releaseAssignmentResultSchema,
    status: 200,
    errors: { ...adminOnly, 422: `${refusals.invalidBody} Unknown field operation ids are refused.` },
  },
  {
    method: 'post',
    path: '/releases',
    summary: 'Create a draft release',
    description: `Editors and admins. The caller becomes its author; it starts as a draft (version 1), with no field operations (admins assign them), and its address is in Location. The body’s HTML is sanitized (scripts, handlers and unknown tags removed). ${releaseReferenceRule}`,
    access: 'signed-in',
    body: releaseInputSchema,
    response: releaseSchema,
    status: 201,
    errors: {
      ...signedIn,
      403: 'Reviewers do not write releases.',
      422: `${refusals.invalidBody} ${releaseReferenceRule}`,
    },
  },
  {
    method: 'get',
    path: '/releases/{id}',
    summary: 'One release',
    description:
      'The release with its body, its current `version` and `allowedActions`: what the caller may do with it now (see Workflow), so a client shows exactly those.',
    access: 'signed-in',
    response: releaseSchema,
    status: 200,
    errors: { ...idRefusals, ...signedIn },
  },
  {
    method: 'patch',
    path: '/releases/{id}',
    summary: 'Change a release; carries the version it was based on',
    description: `A partial update: only the fields sent change. Who may, and in which status, is the \`edit\` row of Workflow: its author or an admin in draft or changes-requested, a reviewer (not its author) correcting it in review, where it stays; a scheduled release is never changed (return it to draft first: the \`unschedule\` transition), nor a published or withdrawn one. \`version\` is the one the change was based on (see Concurrency). ${releaseReferenceRule}`,
    access: 'signed-in',
    body: releasePatchSchema,
    response: releaseSchema,
    status: 200,
    errors: {
      ...signedIn,
      ...idRefusals,
      403: 'The caller may not change it (see Workflow: `edit`); `detail` says why, `currentStatus` its status.',
      409: `${refusals.staleVersion} Or its status allows no change now (scheduled, published, withdrawn): the problem carries \`currentStatus\`. Or \`basedOnRevision\` is no longer its original's revision: the problem carries \`originalRevision\`.`,
      422: `${refusals.invalidBody} ${releaseReferenceRule} A correction in review may not empty what submitting requires. \`basedOnRevision\` on an original: errors.basedOnRevision.`,
    },
  },
  {
    method: 'post',
    path: '/releases/{id}/translations',
    summary: 'Add a language version to a release’s family',
    description:
      'Editors and admins, from any version of the family: the new version is a translation of the family’s original (decision 0020), a draft of the caller’s in the language asked, starting from the original’s type, dateline, references, field operations and words, and based on the original’s content now (`basedOn`). It has its own workflow: it is submitted, reviewed, scheduled and published on its own. When the original’s title, summary or body changes later, the translation is `stale`: it cannot be approved until its translator brings it up to date (PATCH with `basedOnRevision`) or a reviewer confirms it still correct (the transition confirm-translation), and a scheduled one returns to draft. Its address is in Location.',
    access: 'signed-in',
    body: translationInputSchema,
    response: releaseSchema,
    status: 201,
    errors: {
      ...signedIn,
      ...idRefusals,
      403: 'Reviewers do not write releases.',
      409: 'The family already has a version in this language: the problem carries `existingId`.',
      422: `${refusals.invalidBody} A code no language of GET /languages has: errors.language "Choose a language from the list".`,
    },
  },
  {
    method: 'delete',
    path: '/releases/{id}',
    summary: 'Delete a draft (its author or an admin)',
    description:
      'Only a draft is deleted, by its author or an admin. Its history, comments and notifications are kept (nothing deletes history).',
    access: 'signed-in',
    status: 204,
    errors: {
      ...signedIn,
      ...idRefusals,
      403: 'The caller is neither its author nor an admin.',
      409: 'It is not a draft: `currentStatus` says what it is.',
    },
  },
  {
    method: 'post',
    path: '/releases/{id}/transitions',
    summary: 'Move a release through the workflow',
    description:
      'One step of the workflow (see Workflow): submit, recall, approve, request changes, withdraw, unschedule, reopen, and a reviewer’s confirmation that a stale translation is still correct (confirm-translation). The body is the step’s own schema (told apart by `action`); each carries the version the caller decided on. The step, its history entry and its notifications are one write.',
    access: 'signed-in',
    body: transitionInputSchema,
    response: releaseSchema,
    status: 200,
    errors: {
      ...signedIn,
      ...idRefusals,
      403: 'The caller may not take this step (see Workflow); `detail` says why.',
      409: `${refusals.staleVersion} Or the step cannot start from its status: the problem carries \`currentStatus\`. Or, on approve, the release is a stale translation (its original's words changed since it was made). Or, on confirm-translation, the release is an original or a translation that follows its original, or \`originalRevision\` is no longer the original's (the problem carries \`originalRevision\`).`,
      422: `${refusals.invalidBody} A submission that is not ready for publication names each missing field (title, dateline, body, sources).`,
    },
  },
  {
    method: 'get',
    path: '/releases/{id}/history',
    summary: 'Every change of status of a release (read-only)',
    description:
      'Who did what and when, oldest first: its creation, every step with its comment, corrections in review with the text before and after, assignments to field operations. Append-only: nothing changes or deletes an entry.',
    access: 'signed-in',
    response: historySchema,
    status: 200,
    errors: { ...idRefusals, ...signedIn },
  },
  {
    method: 'get',
    path: '/releases/{id}/comments',
    summary: 'The conversation about a release, oldest first',
    description: 'Every comment on the release, oldest first. Comments are never changed or deleted.',
    access: 'signed-in',
    response: commentsSchema,
    status: 200,
    errors: { ...idRefusals, ...signedIn },
  },
  {
    method: 'post',
    path: '/releases/{id}/comments',
    summary: 'Add to the conversation about a release',
    description:
      'Anyone signed in may comment on any release, in any status. Its author and everyone who took part in its conversation or review are notified.',
    access: 'signed-in',
    body: commentInputSchema,
    response: commentSchema,
    status: 201,
    errors: { ...signedIn, ...idRefusals, 422: refusals.invalidBody },
  },
  {
    method: 'get',
    path: '/inbox',
    summary: 'The caller’s notifications, newest first, with the unread count',
    description: 'Paged (see Paging). Each notification names the release and what happened to it.',
    access: 'signed-in',
    query: inboxQuerySchema,
    response: inboxPageSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'post',
    path: '/inbox/read',
    summary: 'Mark notifications (or all) as read',
    description:
      'Marks the named notifications of the caller as read, or all of them; ids of other people’s notifications, or unknown ones, are ignored. Marking twice changes nothing.',
    access: 'signed-in',
    body: markReadInputSchema,
    status: 204,
    errors: { ...signedIn, 422: refusals.invalidBody },
  },
  {
    method: 'get',
    path: '/reports/published-per-month',
    summary: 'Releases published in each of the last N months',
    description:
      'Releases published in each of the last `months` calendar months (UTC), oldest first, months without any included; withdrawn releases are left out (they are off the public page).',
    access: 'signed-in',
    query: reportMonthsQuerySchema,
    response: publishedPerMonthSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'get',
    path: '/reports/per-field-operation',
    summary: 'Published releases per field operation',
    description: 'Published releases assigned to each field operation, most first; withdrawn ones are left out.',
    access: 'signed-in',
    response: perFieldOperationSchema,
    status: 200,
    errors: { ...signedIn },
  },
  {
    method: 'get',
    path: '/reports/per-field-of-work',
    summary: 'Published releases per field of work',
    description: 'Published releases in each field of work, most first; withdrawn ones are left out.',
    access: 'signed-in',
    response: perFieldOfWorkSchema,
    status: 200,
    errors: { ...signedIn },
  },
  {
    method: 'get',
    path: '/reports/review-turnaround',
    summary: 'Median hours from submission to approval, per month of approval',
    description:
      'For each of the last `months` calendar months (UTC), oldest first: how many approvals there were and the median hours from the submission to each; null in a month without approvals.',
    access: 'signed-in',
    query: reportMonthsQuerySchema,
    response: reviewTurnaroundSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  {
    method: 'get',
    path: '/reports/translation-turnaround',
    summary: 'Translation turnaround per language: original published → translation published',
    description:
      "For each language, over the last `months` calendar months (UTC), counting versions published now (withdrawn ones are off the public page): how many translations into it were first published in the period; the median and 90th percentile (nearest rank) of the hours from their original's first publication to their own first publication (null without any); and how many originals in another language first published in the period have no published translation into it. A translation published before its original, or while its original has never been published, counts 0 hours (its readers did not wait), and is counted. Languages with neither a translation nor a missing one are left out. Most translations first, then by English name.",
    access: 'signed-in',
    query: reportMonthsQuerySchema,
    response: translationTurnaroundSchema,
    status: 200,
    errors: { ...signedIn, 422: refusals.invalidQuery },
  },
  ...resource({
    path: '/states',
    name: 'participating States and partners',
    one: 'State',
    item: stateSchema,
    page: statePageSchema,
    query: stateListQuerySchema,
    input: stateInputSchema,
    patch: statePatchSchema,
    usedBy: 'a release, a chairpersonship or a field operation',
    about: 'The 57 participating States and the Partners for Co-operation, filtered by `kind`.',
    searches: 'the name and the ISO code',
    rules: 'Names and ISO codes are unique (else 422 on the field).',
  }),
  ...resource({
    path: '/chairpersonships',
    name: 'chairpersonships',
    one: 'chairpersonship',
    item: chairpersonshipSchema,
    page: chairpersonshipPageSchema,
    query: chairpersonshipListQuerySchema,
    input: chairpersonshipInputSchema,
    patch: chairpersonshipPatchSchema,
    about: 'The yearly Chairpersonships (one State a year).',
    searches: 'the year, the Chairperson-in-Office’s name and title and the State’s name',
    rules:
      'One chairpersonship a year (else 422 on `year`); its State must exist and be a participating State, not a Partner (else 422 on `stateId`).',
  }),
  ...resource({
    path: '/field-operations',
    name: 'field operations',
    one: 'field operation',
    item: fieldOperationSchema,
    page: fieldOperationPageSchema,
    query: fieldOperationListQuerySchema,
    input: fieldOperationInputSchema,
    patch: fieldOperationPatchSchema,
    usedBy: 'a release',
    about: 'The OSCE’s field operations, active and closed, filtered by `status`.',
    searches: 'the name, the location, the head and the host State’s name',
    rules:
      'Names are unique, its host State must exist, a closing year is not before the opening year, and its working languages (`languageCodes`) are languages of `GET /languages`, each once (else 422 on the field).',
  }),
  ...resource({
    path: '/fields-of-work',
    name: 'fields of work',
    one: 'field of work',
    item: fieldOfWorkSchema,
    page: fieldOfWorkPageSchema,
    query: fieldOfWorkListQuerySchema,
    input: fieldOfWorkInputSchema,
    patch: fieldOfWorkPatchSchema,
    usedBy: 'a release',
    about: 'The OSCE’s fields of work, with which releases are tagged.',
    searches: 'the name',
    rules: 'Names are unique (else 422 on `name`).',
  }),
  ...resource({
    path: '/languages',
    name: 'languages',
    one: 'language',
    item: languageSchema,
    page: languagePageSchema,
    query: languageListQuerySchema,
    input: languageInputSchema,
    patch: languagePatchSchema,
    usedBy: 'a release or a field operation',
    undeletable: 'One of the six official languages is never deleted (409 saying so).',
    about:
      'The languages releases are written in: the OSCE’s six official languages and its field operations’ languages. Releases and field operations name a language by its `code`.',
    searches: 'the code, the name and the native name',
    rules: `Codes and names are unique (else 422 on the field); a code never changes (a PATCH naming another answers 422 with errors.code "${languageCodeFixedMessage}").`,
  }),
  ...resource({
    path: '/structures',
    name: 'structures (release sources)',
    one: 'structure',
    item: structureSchema,
    page: structurePageSchema,
    query: structureListQuerySchema,
    about:
      'What a release can name as its source: the Chairpersonship, the Secretariat, the institutions and the field operations (derived from them, so a renamed operation is renamed here). Read-only.',
    searches: 'the name and the name a release gives it (sourceName)',
  }),
]

export const endpoints: Endpoint[] = everyEndpoint.map(withWriteRefusals)
