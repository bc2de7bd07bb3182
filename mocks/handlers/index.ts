import type { RequestHandler } from 'msw'
import { referenceNames, type ReferenceName } from '../reference-resources'
import { chairpersonshipHandlers } from './chairpersonships'
import { fieldOfWorkHandlers } from './fields-of-work'
import { fallbackHandlers } from './fallback'
import { fieldOperationHandlers } from './field-operations'
import { inboxHandlers } from './inbox'
import { languageHandlers } from './languages'
import { malformedUrlHandlers } from './malformed-url'
import { releaseAssignmentHandlers } from './release-assignments'
import { releaseExportHandlers } from './release-export'
import { releaseTranslationHandlers } from './release-translations'
import { releaseWorkflowHandlers } from './release-workflow'
import { releaseHandlers } from './releases'
import { reportHandlers } from './reports'
import { createRoute, type Route } from './route'
import { sessionHandlers } from './session'
import { stateHandlers } from './states'
import { structureHandlers } from './structures'
import type { Storage } from '../../server/core/storage'
import { storage as liveStorage } from '../db'
import { publishDueReleases } from '../workflow/records'

export type HandlerOptions = {
  /** Where the API lives, e.g. '/api' (MSW resolves relative paths against location). */
  baseUrl: string
  /** Simulated network latency per request; 0 in tests. */
  latencyMs: number
  /** Where records are kept (decision 0021): the live store's memory storage unless a test gives another. */
  storage?: Storage
}

/** The handlers of each reference resource, one per entry of `reference-resources.ts` (a missing one is a type error). */
const referenceResourceHandlers: { [N in ReferenceName]: (baseUrl: string, route: Route) => RequestHandler[] } = {
  states: stateHandlers,
  chairpersonships: chairpersonshipHandlers,
  fieldOperations: fieldOperationHandlers,
  fieldsOfWork: fieldOfWorkHandlers,
  languages: languageHandlers,
}

/** Every endpoint of src/api/contract/endpoints.ts. */
export function createHandlers({ baseUrl, latencyMs, storage = liveStorage }: HandlerOptions): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  // Before any request is answered, scheduled releases whose time has come are published.
  const route = createRoute(latencyMs, storage, publishDueReleases)
  return [
    // First: MSW would throw a URIError (a 500) while matching a malformed escape against the others.
    ...malformedUrlHandlers(base, route),
    ...sessionHandlers(base, route),
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
    ...fallbackHandlers(base, route),
  ]
}
