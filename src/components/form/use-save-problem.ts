import { useState } from 'react'
import type { SaveFailure } from '../../lib/save-failure'

/** What a dialog's alert says about its save; what was typed stays in the form in every case. */
export type SaveProblem =
  | { kind: 'failed'; error: unknown }
  /** 409: someone else saved the record first. */
  | { kind: 'stale'; error: unknown }
  /** The newest version was loaded after a 409: saving again applies what was typed over it. */
  | { kind: 'reloaded'; version: number; summary: string | null }
  | { kind: 'reload-failed'; error: unknown }

const problemOf = (failure: SaveFailure | null): SaveProblem | null => {
  if (!failure) return null
  if (failure.kind === 'conflict') return { kind: 'stale', error: failure.error }
  if (failure.kind !== 'invalid') return { kind: 'failed', error: failure.error }
  // The fields show their own messages; any the form has no field for are said in the alert.
  return failure.unplaced.length > 0 ? { kind: 'failed', error: new Error(failure.unplaced.join(' ')) } : null
}

type Saver<TRecord> = { failure: SaveFailure | null; isPending: boolean; reload: () => Promise<TRecord | null> }

/**
 * A reference dialog's side of a versioned save (src/lib/versioned-save.ts): its failure as the
 * alert says it, and after a 409 the way on, Reload, which loads the newest version (summarized
 * so the person can compare it with what they typed) for the next Save to apply their typing over.
 */
export function useSaveProblem<TRecord extends { version: number }>(
  saver: Saver<TRecord>,
  summarize?: (record: TRecord) => string,
) {
  /** What Reload found, and the failure it answered: a later save's outcome replaces it. */
  const [reloaded, setReloaded] = useState<{ answered: SaveFailure | null; problem: SaveProblem } | null>(null)

  const reload = async () => {
    const answered = saver.failure
    try {
      const newest = await saver.reload()
      if (newest)
        setReloaded({
          answered,
          problem: { kind: 'reloaded', version: newest.version, summary: summarize ? summarize(newest) : null },
        })
    } catch (error) {
      setReloaded({ answered, problem: { kind: 'reload-failed', error } })
    }
  }

  const problem = saver.isPending
    ? null
    : reloaded && reloaded.answered === saver.failure
      ? reloaded.problem
      : problemOf(saver.failure)
  return { problem, reload }
}
