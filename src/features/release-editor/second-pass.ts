import {
  type ComponentProps,
  type ComponentType,
  createElement,
  lazy,
  type LazyExoticComponent,
  startTransition,
  useEffect,
  useState,
} from 'react'
import { whenIdle } from '../../lib/when-idle'

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

/**
 * A lazy component whose chunk is fetched at the first idle moment after the calling module runs
 * (whenIdle), not when it is first drawn: it arrives right after the fields, and never runs in the
 * middle of drawing them. Once the chunk is here it is drawn at once, without suspending, so a part
 * that shows later (a dialog, the conflict panel) never waits on the network or flashes empty.
 * Draw it inside a Suspense boundary of its own.
 */
// oxlint-disable-next-line typescript/no-explicit-any -- React.lazy's own constraint
export function lazyFetchedWhenIdle<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loaded: T | null = null
  let fetching: Promise<{ default: T }> | null = null
  const fetch = () =>
    (fetching ??= load().then(
      (module) => {
        loaded = module.default
        return module
      },
      (error: unknown) => {
        // A failed fetch (offline) is tried again the next time the part is drawn.
        fetching = null
        throw error
      },
    ))
  // Tests fetch it at once: a test finds the part as soon as a person would, whatever the machine's load.
  if (import.meta.env.MODE === 'test') void fetch().catch(() => undefined)
  else whenIdle(() => void fetch().catch(() => undefined))
  const Lazy = lazy(fetch)
  // Chosen once per mount: the same element type for the part's whole life, so it keeps its state.
  return function FetchedWhenIdle(props: ComponentProps<T>) {
    const [Type] = useState<T | LazyExoticComponent<T>>(() => loaded ?? Lazy)
    return createElement(Type as ComponentType<ComponentProps<T>>, props)
  }
}
