import type { Problem } from './contract'

/**
 * Every failed call becomes an ApiError: an answer with a problem document, an answer that
 * does not match the contract, an answer that did not come from the API at all (`notFromApi`),
 * or no answer at all (status 0).
 */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  /** One message per invalid field, keyed by the field's path ("dateline.place"). */
  readonly fieldErrors: Record<string, string>
  /** Seconds the server asked us to wait before trying again (Retry-After on a 503 or 429). */
  readonly retryAfterSeconds: number | undefined
  /**
   * Something other than the API answered (the API speaks only JSON): a web server's 404 for a
   * path it does not know, or a page of HTML. So a 404 here is not "that record is gone": the
   * API is not at this address, or, with the mock backend, the mock is not serving this tab.
   */
  readonly notFromApi: boolean

  constructor(options: {
    status: number
    title: string
    detail?: string
    fieldErrors?: Record<string, string>
    retryAfterSeconds?: number
    notFromApi?: boolean
  }) {
    super(options.detail ? `${options.title}: ${options.detail}` : options.title)
    this.name = 'ApiError'
    this.status = options.status
    this.title = options.title
    this.detail = options.detail
    this.fieldErrors = options.fieldErrors ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds
    this.notFromApi = options.notFromApi ?? false
  }

  static fromProblem(problem: Problem, retryAfterSeconds?: number): ApiError {
    return new ApiError({
      status: problem.status,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors,
      retryAfterSeconds,
    })
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

/** No answer came at all (status 0): a lost connection, or nothing listening at the API's address. */
export const isNoAnswer = (error: unknown): boolean => isApiError(error) && error.status === 0

export const isUnauthorized = (error: unknown): boolean => isApiError(error) && error.status === 401

/** The API knows who is asking and refuses them: with an identity provider, a person with none of the roles. */
export const isForbidden = (error: unknown): boolean => isApiError(error) && error.status === 403
