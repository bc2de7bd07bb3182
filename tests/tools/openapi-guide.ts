import { releaseStatuses, releaseTotalCap } from '../../src/api/contract'
import { matrixTable, workflowTable } from '../../mocks/test-support/permission-matrix'

/**
 * The parts of the API document that hold for every operation, written once and referred to
 * by name from the operations ("see Concurrency"): sign-in, errors, concurrency, idempotency,
 * paging, and the workflow and permissions, printed from the contract's rule table and the
 * permission matrix that the mock is tested against.
 */

export const apiGuide = () =>
  [
    'The API the Newsroom admin dashboard talks to: press releases through their editorial workflow, and the reference data they name (participating States, chairpersonships, field operations, fields of work). Generated from the zod contract in src/api/contract (`npm run openapi`); tests/contract holds the conformance suite every implementation must pass.',
    '',
    '## Sign-in',
    'Every operation but the demo’s sign-in (GET /users, POST /session) needs `Authorization: Bearer <token>`; without one it answers 401 with `WWW-Authenticate: Bearer`, and with one that is not (or no longer) valid, 401 with `WWW-Authenticate: Bearer error="invalid_token"`. Roles: editors write releases, reviewers decide on them, admins do both and keep the reference data.',
    '- **The demo** (the mock, and a server with no identity provider configured; the `demoSession` scheme): a token comes from POST /session with a user id and no credential, and DELETE /session ends it.',
    '- **A deployment** (the server with `OIDC_ISSUER`; the `identityProvider` scheme): the token is an access token from the organisation’s OpenID Connect provider, verified against its published keys. The role comes from a claim of the token (groups or roles, mapped to editor, reviewer and admin by configuration; the strongest wins). A person the provider vouches for but with none of those roles gets 403 with `type` `https://newsroom-admin.example/problems/no-access` on every operation. People are recorded from their claims (name, e-mail address as `title`) on their first request, under an id of their own (`oidc-…`, from the issuer and `sub`). POST /session and DELETE /session do not exist there (404); GET /users lists the people recorded so far, to signed-in people only.',
    '',
    '## Errors',
    'Every refusal is `application/problem+json` (RFC 9457, the `Problem` schema), with a `detail` for people. Each operation lists every status it can answer and when. Beyond those:',
    '- 400 when a path has a malformed percent-escape, or the Idempotency-Key header is over 200 characters;',
    '- 404 for a path the API does not have; 405, with `Allow` listing the methods, for a method a path does not have;',
    '- 422 names each invalid field in `errors`, keyed by its path in the body (`dateline.place`), its query parameter, or `_` for the body as a whole (not JSON, not an object).',
    'An operation that takes query parameters refuses one it does not have (422), so a misspelt filter is never silently ignored. A 503 (or a 429 from a proxy) may carry `Retry-After`. A request body over the server’s limit (1 MiB unless configured) answers 413.',
    '',
    '## The server',
    "The server (server/, decision 0021) serves this API at `/api` beside the app, from the same core as the demo’s mock. Every answer carries `X-Request-Id` (the request’s own when it sent a short token, else a new one; its log line names it) and the security headers of the app: `Content-Security-Policy` (no inline script, `frame-ancestors 'none'`), `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, `Cross-Origin-Opener-Policy` and `Cross-Origin-Resource-Policy: same-origin`, `Strict-Transport-Security`. Outside `/api`: `GET /healthz` answers 200 while the process runs; `GET /readyz` 200 while its database answers, else 503 (load balancers send traffic by it). Sessions from POST /session last `SESSION_TTL_HOURS` (12 by default); then the token answers 401.",
    '',
    '## Concurrency',
    'Every record carries a `version` that changes on every write. A change (PATCH, a transition) carries the version it was based on; when someone else saved first, it answers 409 with `currentVersion` and changes nothing, so the client can show both and let the person decide. PATCH is a partial update everywhere: a field not sent is not changed.',
    '',
    '## Idempotency',
    'Every write (POST, PATCH, DELETE) accepts an `Idempotency-Key` header (1–200 characters, one per intent of the user). The first success is kept for 24 hours per person, method and path: the same key again answers that success again, with `Idempotent-Replayed: true`, instead of writing twice, so a client that lost an answer may retry. The same key with another body answers 422 (`errors["Idempotency-Key"]`); a DELETE’s body is not looked at. A refusal is not kept: after fixing the request, the same key may be sent again.',
    '',
    '## Paging',
    'Lists answer one page: `items`, `total` (how many match), `page` (from 1) and `pageSize` (each list has its own default and maximum). `sort` is one of the list’s keys, `-` before it for descending; ties are broken by id, so pages never overlap. `q` searches text; filters combine with AND.',
    `The release list counts its matches exactly when it is filtered by \`status\` alone or not at all; with any other filter or a search it counts up to ${releaseTotalCap.toLocaleString('en')}, and past that answers \`total: ${releaseTotalCap}\` with \`totalCapped: true\` (the pages still go on). GET /releases/counts always counts every match.`,
    '',
    '## Workflow',
    `A release’s status is one of ${releaseStatuses.map((status) => `\`${status}\``).join(', ')}. Each release answers \`allowedActions\`: what its caller may do with it now, from the table below (the mock and the dashboard use the same table, src/api/contract/workflow.ts). A step by anybody else answers 403; from another status, 409 with \`currentStatus\`. Four eyes: nobody approves a release they wrote, nor one whose content they changed last; any change of content after approval takes the approval away (a scheduled release is returned to draft with \`unschedule\` before it can be changed).`,
    '',
    ...workflowTable(),
    '',
    '## Permissions',
    'What the API answers, per operation, role and whether the caller wrote the release (“own”). The mock is tested against every cell (mocks/handlers/permission-matrix.test.ts).',
    '',
    ...matrixTable(),
  ].join('\n')

/** The document's tags: one per resource, in the order a reader meets them. */
export const tags = [
  { name: 'users', description: 'The people who can sign in (the demo’s sign-in).' },
  { name: 'session', description: 'Signing in and out (the demo’s sign-in).' },
  {
    name: 'releases',
    description:
      'Press releases, news items and statements: lists, counts and export; writing; the workflow (transitions); history and comments.',
  },
  { name: 'inbox', description: 'Each person’s notifications about the releases they take part in.' },
  {
    name: 'reports',
    description: 'Published releases counted per month, field operation and field of work; review turnaround.',
  },
  { name: 'states', description: 'The participating States and the Partners for Co-operation.' },
  { name: 'chairpersonships', description: 'The yearly Chairpersonships.' },
  { name: 'field-operations', description: 'The OSCE’s field operations, from Tirana to Dushanbe.' },
  { name: 'fields-of-work', description: 'The fields of work releases are tagged with.' },
  { name: 'languages', description: 'The languages releases are written in, named by their BCP 47 code.' },
  { name: 'structures', description: 'What a release can name as its source (read-only).' },
]
