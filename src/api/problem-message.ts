import { env } from '../config/env'
import { type ApiError, isApiError, isNoAnswer } from './api-error'

type Wording = {
  /** What happened, in a few words. */
  title: string
  /** What happened in more detail and what to do next. */
  message: string
  /** Trying the call again cannot help, reloading the page can: offer Reload instead of Try again. */
  reload?: boolean
}

export type ProblemMessage = Wording & {
  /**
   * No answer came, so what was asked may have been done after all: a screen must not say it
   * was not ("it may not have been saved"). Never for a call that only reads.
   */
  mayHaveHappened: boolean
  /** It was done: an earlier attempt with the same Idempotency-Key went through, only its answer was lost. */
  done: boolean
  /**
   * Sending the same call again may succeed (no answer, a server failure, too many requests)
   * and cannot do it twice (a create resends its Idempotency-Key, an edit its version,
   * decision 0011): offer Retry. A refusal (4xx) stays a refusal, whatever is sent again.
   */
  retrySafe: boolean
}

const seconds = (value: number) => (value === 1 ? '1 second' : `${value} seconds`)

/**
 * One wording, everywhere, for a call that failed: what happened, what the person can do, and
 * whether it may have been done and Retry is safe. Callers add what is true of their own screen
 * (e.g. "what you typed is still here"). `reading`: the call only read (a load, an export), so
 * without an answer nothing was done.
 */
export function describeProblem(error: unknown, { reading = false }: { reading?: boolean } = {}): ProblemMessage {
  return {
    ...word(error),
    mayHaveHappened: !reading && isNoAnswer(error),
    done: isKeyAlreadyUsed(error),
    retrySafe: isRetryable(error),
  }
}

function word(error: unknown): Wording {
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      message: 'An unexpected error stopped this. Try again; if it keeps happening, reload the page.',
    }
  }
  const { status, detail, retryAfterSeconds } = error
  if (isKeyAlreadyUsed(error)) {
    return {
      title: 'Already done',
      message:
        'Your earlier attempt went through after all: only its answer was lost on the way back. The page now shows it.',
    }
  }
  if (isNoAnswer(error)) {
    if (!env.mocking && navigator.onLine) return apiUnreachable(error)
    return {
      title: 'No connection',
      message: 'The server could not be reached. Check your connection, then try again.',
    }
  }
  if (status === 503 || status === 429) {
    const when =
      retryAfterSeconds === undefined
        ? 'in a moment'
        : retryAfterSeconds === 0
          ? 'now'
          : `in ${seconds(retryAfterSeconds)}`
    const what =
      status === 503 ? 'The server is busy or down for maintenance.' : 'Too many requests were sent in a short time.'
    // Its own words, when it sent any, say why (the demo's browser storage is full, say), as for any server failure.
    const said = status === 503 && detail ? ` The server said: “${detail}”` : ''
    return {
      title: status === 503 ? 'Server unavailable' : 'Too many requests',
      message: `${what} Try again ${when}.${said}`,
    }
  }
  // Before the statuses below: a web server's 404 for /api/… says nothing about any record.
  if (error.notFromApi) return apiUnreachable(error)
  if (status >= 500) {
    // The server's own words, when it sent any, help whoever the person tells.
    const said = detail ? ` The server said: “${detail}”` : ''
    return {
      title: 'Server error',
      message: `The server failed to do this. Try again; if it keeps failing, tell an admin.${said}`,
    }
  }
  if (status === 401) return { title: 'Signed out', message: 'Your session has ended. Sign in again to continue.' }
  // The server's reason, right after the refusal: "You are not allowed to do this: only reviewers …".
  if (status === 403)
    return {
      title: 'Not allowed',
      message: detail ? `You are not allowed to do this: ${detail}` : 'You are not allowed to do this.',
    }
  if (status === 404)
    return { title: 'Not found', message: detail ?? 'It no longer exists: someone may have deleted it.' }
  if (status === 409)
    return {
      title: 'Changed by someone else',
      message: detail ?? 'Someone else changed this first. Reload to see their version.',
    }
  if (status === 422)
    return {
      title: 'Some fields need attention',
      message: detail ?? 'Some fields are not valid: see the messages next to them.',
    }
  return { title: error.title, message: detail ?? 'The request was refused. Check what you entered and try again.' }
}

/**
 * The API did not answer: an answer came from something else (or, in a build without the mock,
 * nothing answered while the browser is online). With the mock backend on, the mock lives in
 * each tab's service worker, so the tab it does not serve only needs a reload (decision 0015).
 */
function apiUnreachable(error: ApiError): Wording {
  if (env.mocking) {
    return {
      title: 'The demo backend is not running in this tab',
      message: 'Reload this tab to start it.',
      reload: true,
    }
  }
  const what = isNoAnswer(error) ? 'Nothing answered there.' : 'Something else answered there.'
  return {
    title: `Cannot reach the API at ${env.apiBaseUrl}`,
    message: `${what} Check that the API is running and your connection works, then try again.`,
  }
}

/** The server refused a key it had already answered for a different body: the earlier attempt went through. */
export const isKeyAlreadyUsed = (error: unknown): boolean =>
  isApiError(error) && error.fieldErrors['Idempotency-Key'] !== undefined

/** Whether trying the same call again may succeed (a lost connection, a server failure). */
export const isRetryable = (error: unknown): boolean =>
  isNoAnswer(error) || (isApiError(error) && (error.status >= 500 || error.status === 429))
