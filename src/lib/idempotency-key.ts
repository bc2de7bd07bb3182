import { useState } from 'react'
import { isApiError } from '../api/api-error'
import { newIdempotencyKey } from '../api/idempotency'

/**
 * Whether a failed write may have been applied all the same: after anything but a refusal (a
 * 4xx answer). No answer, a server failure, an answer that could not be read: the server may
 * have done it, so the write keeps its Idempotency-Key (or its version) for the next try.
 */
export const mayHaveBeenApplied = (error: unknown): boolean =>
  !(isApiError(error) && error.status >= 400 && error.status < 500)

/** A key in use, and what it was first sent with. */
export type KeptKey<TDetails> = { key: string; details: TDetails }

/**
 * The one Idempotency-Key lifecycle (decision 0011): one key per intent of the person (a new
 * record, a transition, a comment, an assignment), made when first needed, kept while the
 * outcome is unknown so that Retry can never apply it twice, and renewed once it succeeded or
 * was refused. `details` are what the key was first sent with (the versioned save keeps the
 * exact input, to send it again unchanged).
 */
export function idempotencyKey<TDetails = void>() {
  let kept: KeptKey<TDetails> | null = null
  return {
    /** The intent's key: the one kept, else a new one, remembered with what it is first sent with. */
    get: (details: TDetails): string => (kept ??= { key: newIdempotencyKey(), details }).key,
    /** The key kept for a write whose outcome is not known yet, or null. */
    kept: (): KeptKey<TDetails> | null => kept,
    /** Takes over a key kept elsewhere (a local copy read after a reload). */
    resume: (key: KeptKey<TDetails>) => {
      kept = key
    },
    /** The intent succeeded, or the person made it another one: the next write gets a new key. */
    renew: () => {
      kept = null
    },
    /** After a failure: the key stays only while the write may have happened. */
    settle: (error: unknown) => {
      if (!mayHaveBeenApplied(error)) kept = null
    },
  }
}
export type IdempotencyKey<TDetails = void> = ReturnType<typeof idempotencyKey<TDetails>>

/** The key of one intent for as long as the component that holds it (a dialog, a form) lives. */
export function useIdempotencyKey<TDetails = void>(): IdempotencyKey<TDetails> {
  const [key] = useState(() => idempotencyKey<TDetails>())
  return key
}
