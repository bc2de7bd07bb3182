import { afterEach, describe, expect, it, vi } from 'vitest'
import { env } from '../config/env'
import { ApiError } from './api-error'
import { parseRetryAfter } from './http'
import { describeProblem, isRetryable } from './problem-message'

describe('describeProblem', () => {
  it('says what happened and what to do for each kind of failure', () => {
    expect(describeProblem(new ApiError({ status: 0, title: 'No connection' }))).toEqual({
      title: 'No connection',
      message: 'The server could not be reached. Check your connection, then try again.',
      mayHaveHappened: true,
      done: false,
      retrySafe: true,
    })
    expect(describeProblem(new ApiError({ status: 500, title: 'Internal server error' })).message).toBe(
      'The server failed to do this. Try again; if it keeps failing, tell an admin.',
    )
    expect(
      describeProblem(new ApiError({ status: 500, title: 'Internal server error', detail: 'Disk full.' })).message,
    ).toMatch(/tell an admin\. The server said: “Disk full\.”$/)
    expect(describeProblem(new ApiError({ status: 503, title: 'Unavailable', retryAfterSeconds: 30 })).message).toBe(
      'The server is busy or down for maintenance. Try again in 30 seconds.',
    )
    expect(describeProblem(new ApiError({ status: 503, title: 'Unavailable' })).message).toMatch(
      /Try again in a moment\.$/,
    )
    expect(
      describeProblem(new ApiError({ status: 403, title: 'Not allowed', detail: 'Only admins do this.' })).message,
    ).toBe('You are not allowed to do this: Only admins do this.')
    expect(
      describeProblem(new ApiError({ status: 409, title: 'Conflict', detail: 'Someone else saved first.' })),
    ).toEqual({
      title: 'Changed by someone else',
      message: 'Someone else saved first.',
      mayHaveHappened: false,
      done: false,
      retrySafe: false,
    })
    expect(describeProblem(new Error('boom')).title).toBe('Something went wrong')
  })

  describe('when the API did not answer', () => {
    const mocking = env.mocking
    afterEach(() => {
      env.mocking = mocking
      vi.restoreAllMocks()
    })
    const notFromApi = new ApiError({ status: 404, title: 'Not an answer from the API', notFromApi: true })

    it('says the demo backend is not running in this tab, and that a reload helps, when the mock is on', () => {
      env.mocking = true
      expect(describeProblem(notFromApi)).toEqual({
        title: 'The demo backend is not running in this tab',
        message: 'Reload this tab to start it.',
        reload: true,
        mayHaveHappened: false,
        done: false,
        retrySafe: false,
      })
    })

    it('names the API it cannot reach in a build without the mock, never "it was deleted"', () => {
      env.mocking = false
      expect(describeProblem(notFromApi)).toEqual({
        title: 'Cannot reach the API at /api',
        message:
          'Something else answered there. Check that the API is running and your connection works, then try again.',
        mayHaveHappened: false,
        done: false,
        retrySafe: false,
      })
      expect(describeProblem(new ApiError({ status: 0, title: 'No connection' })).title).toBe(
        'Cannot reach the API at /api',
      )
      // Offline, the browser knows why nothing answered.
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
      expect(describeProblem(new ApiError({ status: 0, title: 'No connection' })).title).toBe('No connection')
    })

    it('still says "Not found" for a 404 of the API itself', () => {
      expect(
        describeProblem(new ApiError({ status: 404, title: 'Not found', detail: 'This release does not exist.' })),
      ).toEqual({
        title: 'Not found',
        message: 'This release does not exist.',
        mayHaveHappened: false,
        done: false,
        retrySafe: false,
      })
    })
  })

  describe('whether it may have been done and Retry is safe', () => {
    const fields = (error: unknown, context?: { reading?: boolean }) => {
      const { mayHaveHappened, done, retrySafe } = describeProblem(error, context)
      return { mayHaveHappened, done, retrySafe }
    }

    it('says a write with no answer may have been done, and that Retry is safe', () => {
      expect(fields(new ApiError({ status: 0, title: 'No connection' }))).toEqual({
        mayHaveHappened: true,
        done: false,
        retrySafe: true,
      })
    })

    it('says a read with no answer did nothing, and may be tried again', () => {
      expect(fields(new ApiError({ status: 0, title: 'No connection' }), { reading: true })).toEqual({
        mayHaveHappened: false,
        done: false,
        retrySafe: true,
      })
    })

    it('says a server failure or a busy server was answered (nothing done) and may pass on a Retry', () => {
      const statuses = [500, 502, 503, 429]
      expect(statuses.map((status) => [status, fields(new ApiError({ status, title: 'x' }))])).toEqual(
        statuses.map((status) => [status, { mayHaveHappened: false, done: false, retrySafe: true }]),
      )
    })

    it('says a refusal was not done and that sending it again cannot help', () => {
      const statuses = [400, 401, 403, 404, 409, 422]
      expect(statuses.map((status) => [status, fields(new ApiError({ status, title: 'x' }))])).toEqual(
        statuses.map((status) => [status, { mayHaveHappened: false, done: false, retrySafe: false }]),
      )
      expect(fields(new ApiError({ status: 404, title: 'x', notFromApi: true }))).toEqual({
        mayHaveHappened: false,
        done: false,
        retrySafe: false,
      })
      expect(fields(new Error('boom'))).toEqual({ mayHaveHappened: false, done: false, retrySafe: false })
    })

    it('says an earlier attempt with the same key was done, and that Retry would not help', () => {
      const keyUsed = new ApiError({
        status: 422,
        title: 'Unprocessable Content',
        fieldErrors: { 'Idempotency-Key': 'This key was used for a different request.' },
      })
      expect(fields(keyUsed)).toEqual({ mayHaveHappened: false, done: true, retrySafe: false })
      expect(describeProblem(keyUsed).title).toBe('Already done')
    })
  })

  it('tells which failures are worth retrying', () => {
    expect(isRetryable(new ApiError({ status: 0, title: 'x' }))).toBe(true)
    expect(isRetryable(new ApiError({ status: 503, title: 'x' }))).toBe(true)
    expect(isRetryable(new ApiError({ status: 409, title: 'x' }))).toBe(false)
    expect(isRetryable(new ApiError({ status: 422, title: 'x' }))).toBe(false)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-27T12:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120)
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', now)).toBe(30)
    expect(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
