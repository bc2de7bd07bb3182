import { useMemo, useRef } from 'react'
import { isApiError } from '../../api/api-error'
import { newIdempotencyKey } from '../../api/idempotency'
import { describeProblem, isRetryable, type ProblemMessage } from '../../api/problem-message'

/** The server refused a key it had already answered for a different body: the earlier attempt went through. */
export const isKeyAlreadyUsed = (error: unknown): boolean => isApiError(error) && error.fieldErrors['Idempotency-Key'] !== undefined

/** describeProblem, plus what only a write can meet: a retry whose first attempt had gone through after all. */
export function describeWriteProblem(error: unknown): ProblemMessage {
  if (isKeyAlreadyUsed(error)) {
    return {
      title: 'Already done',
      message: 'Your earlier attempt went through after all: only its answer was lost on the way back. The page now shows it.',
    }
  }
  const described = describeProblem(error)
  // The server's reason, right after the refusal: "You are not allowed to do this: only reviewers …".
  if (isApiError(error) && error.status === 403 && error.detail) return { ...described, message: `You are not allowed to do this: ${error.detail}` }
  return described
}

/**
 * One Idempotency-Key per intent of the person (one new release, one transition, one comment):
 * made when first needed, kept while the outcome is unknown (no answer, a server failure) so a
 * Retry can never apply it twice, and renewed once it succeeded or was refused.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null)
  return useMemo(
    () => ({
      get: (): string => (key.current ??= newIdempotencyKey()),
      renew: () => {
        key.current = null
      },
      /** After a failure: the key stays only when the write may have happened. */
      settle: (error: unknown) => {
        if (!isRetryable(error)) key.current = null
      },
    }),
    [],
  )
}
