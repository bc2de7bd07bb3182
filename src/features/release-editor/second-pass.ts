import { startTransition, useEffect, useState } from 'react'

/**
 * False in a component's first render, true in a second one right after it, which React may
 * interrupt: what is below the fold is drawn after what is above it, so the first fields are
 * usable sooner. In tests (act) both happen before the render returns.
 */
export function useSecondPass(): boolean {
  const [second, setSecond] = useState(false)
  useEffect(() => {
    startTransition(() => setSecond(true))
  }, [])
  return second
}
