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
import { idleChunk } from '../../lib/when-idle'

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
  const chunk = idleChunk(load)
  chunk.fetchWhenIdle()
  const Lazy = lazy(() => chunk.fetch().then((loaded) => ({ default: loaded })))
  // Chosen once per mount: the same element type for the part's whole life, so it keeps its state.
  return function FetchedWhenIdle(props: ComponentProps<T>) {
    const [Type] = useState<T | LazyExoticComponent<T>>(() => chunk.loaded() ?? Lazy)
    return createElement(Type as ComponentType<ComponentProps<T>>, props)
  }
}
