/**
 * The API as one Hono app (decision 0021): every endpoint of `src/api/contract/endpoints.ts`
 * over a storage. Both homes serve it unchanged: the MSW mock hands it each request under the
 * base URL (`mocks/handlers/index.ts`), the server mounts it at `/api` (`server/main.ts`).
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { identify, type Identity } from './identity'
import type { Storage } from './storage'
import { publishDueReleases } from './workflow/records'
import { chairpersonshipHandlers } from './routes/chairpersonships'
import { fallbackHandlers } from './routes/fallback'
import { fieldOperationHandlers } from './routes/field-operations'
import { fieldOfWorkHandlers } from './routes/fields-of-work'
import { inboxHandlers } from './routes/inbox'
import { languageHandlers } from './routes/languages'
import { malformedUrlAnswer } from './routes/malformed-url'
import { problemResponse } from './routes/problem-response'
import { ApiProblem } from './problem'
import { referenceNames, type ReferenceName } from './routes/reference-resource'
import { releaseAssignmentHandlers } from './routes/release-assignments'
import { releaseExportHandlers } from './routes/release-export'
import { releaseTranslationHandlers } from './routes/release-translations'
import { releaseWorkflowHandlers } from './routes/release-workflow'
import { releaseHandlers } from './routes/releases'
import { reportHandlers } from './routes/reports'
import { tokenOf } from './routes/auth'
import { createRoute, type Endpoint, type Route } from './routes/route'
import { sessionHandlers } from './routes/session'
import { stateHandlers } from './routes/states'
import { structureHandlers } from './routes/structures'

export type ApiOptions = {
  /** Where records are kept. */
  storage: Storage
  /** The path the API answers under, e.g. '/api'. */
  basePath: string
  /** The largest request body read (default 1 MiB); a larger one answers 413. */
  bodyLimitBytes?: number
  /**
   * A deployment's sign-in (issue #17): bearer tokens from an identity provider, verified by
   * `identity` (server/auth/), replace the demo's sessions, and the demo's sign-in endpoints
   * (GET /users, POST and DELETE /session) answer 404. Without it: the demo, as the mock serves it.
   */
  identity?: Identity
}

/** The endpoints of each reference resource, one per entry of `referencePaths` (a missing one is a type error). */
const referenceResourceHandlers: { [N in ReferenceName]: (baseUrl: string, route: Route) => Endpoint[] } = {
  states: stateHandlers,
  chairpersonships: chairpersonshipHandlers,
  fieldOperations: fieldOperationHandlers,
  fieldsOfWork: fieldOfWorkHandlers,
  languages: languageHandlers,
}

/** The API's endpoints in the order they are matched (a literal path before a `:id` that would take it). */
function endpointsOf(base: string, route: Route, demo: boolean): Endpoint[] {
  return [
    ...sessionHandlers(base, route, { demo }),
    // Before releaseHandlers, whose `/releases/:id` would take "export" for an id.
    ...releaseExportHandlers(base, route),
    ...releaseAssignmentHandlers(base, route),
    ...releaseHandlers(base, route),
    ...releaseWorkflowHandlers(base, route),
    ...releaseTranslationHandlers(base, route),
    ...inboxHandlers(base, route),
    ...referenceNames.flatMap((name) => referenceResourceHandlers[name](base, route)),
    ...structureHandlers(base, route),
    ...reportHandlers(base, route),
    // Last: anything else under the base answers 404, or 405 with Allow.
    ...fallbackHandlers(base, route),
  ]
}

/**
 * RFC 6750's challenge on every 401: a plain `Bearer` when the request sent no token, and
 * `error="invalid_token"` when it sent one that is not (or no longer) valid, so a client knows
 * to sign in again rather than to add a credential.
 */
function challenge(request: Request, answer: Response): void {
  // In place: the core's answers are built here, their headers mutable (Hono's `c.res =` would copy the old header back).
  if (answer.status === 401)
    answer.headers.set('WWW-Authenticate', tokenOf(request) ? 'Bearer error="invalid_token"' : 'Bearer')
}

export function createApi({ storage, basePath, bodyLimitBytes = 1024 * 1024, identity }: ApiOptions): Hono {
  const base = basePath.replace(/\/+$/, '')
  // Before any request is answered, scheduled releases whose time has come are published.
  const route = createRoute(storage, publishDueReleases)
  const app = new Hono()
  // First: a malformed escape could not be decoded into any route's parameters.
  app.use(`${base}/*`, async (context, next) => malformedUrlAnswer(context.req.raw) ?? (await next()))
  // A body over the limit is not read at all: 413, in both homes (the server's shell has the same limit).
  app.use(
    `${base}/*`,
    bodyLimit({
      maxSize: bodyLimitBytes,
      onError: () =>
        problemResponse(
          new ApiProblem(413, `A request body may have at most ${bodyLimitBytes} bytes; this one has more.`),
        ),
    }),
  )
  app.use(`${base}/*`, async (context, next) => {
    await next()
    challenge(context.req.raw, context.res)
  })
  // Who the request is made by, before any route: a write (the person's record) a GET's read-only store cannot take.
  if (identity)
    app.use(`${base}/*`, async (context, next) => {
      await identify(context.req.raw, tokenOf(context.req.raw), identity, storage)
      await next()
    })
  for (const { method, path, handler } of endpointsOf(base, route, identity === undefined)) {
    if (method === 'ALL') app.all(path, handler)
    else app.on(method, path, handler)
  }
  app.onError((error) => {
    console.error('[api] unexpected error', error)
    return problemResponse(new ApiProblem(500, 'The server failed unexpectedly. Try again in a moment.'))
  })
  return app
}
