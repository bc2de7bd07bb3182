/**
 * The mock backend's refusal, below the HTTP layer: `ApiProblem` (a status, a detail and
 * extra members) and the helpers that build or throw it. The workflow reducer, `commit`'s
 * mutate and the handlers throw it; only `handlers/problem-response.ts` turns it into an
 * application/problem+json answer. Imports nothing, so every layer of mocks/ may use it.
 */

/**
 * A refusal as RFC 9457 problem details. Handlers and the workflow throw it (also from inside
 * `commit`'s mutate), and `route()` turns it into an application/problem+json answer.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: Record<string, string>; [key: string]: unknown } = {},
    /** Headers the answer carries beside its body: `Retry-After` when waiting helps. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
  }
}

export const unauthorized = (detail = 'Sign in to continue.') => new ApiProblem(401, detail)
export const forbidden = (detail: string) => new ApiProblem(403, detail)
export const notFound = (what: string, id: string) => new ApiProblem(404, `There is no ${what} with id “${id}”.`)
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new ApiProblem(409, detail, extra)
export const invalid = (errors: Record<string, string>, detail = 'Some fields are not valid.') =>
  new ApiProblem(422, detail, { errors })

/** 409 when the client's copy is older than the stored one (optimistic concurrency). */
export function assertVersion(what: string, clientVersion: number | undefined, currentVersion: number): void {
  if (clientVersion !== undefined && clientVersion !== currentVersion)
    throw staleVersion(what, clientVersion, currentVersion)
}

/** The 409 of a stale version; `clientVersion` is unknown when a concurrent write won the race after the check. */
export const staleVersion = (what: string, clientVersion: number | undefined, currentVersion: number) =>
  conflict(
    `Someone else saved this ${what} first: you edited ${clientVersion === undefined ? 'an earlier version' : `version ${clientVersion}`}, the current one is ${currentVersion}. Reload it to see their changes, then apply yours again.`,
    { currentVersion },
  )
