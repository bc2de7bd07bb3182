import { useMemo, useRef } from 'react'
import { newIdempotencyKey } from '../../api/idempotency'
import { isRetryable } from '../../api/problem-message'

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
