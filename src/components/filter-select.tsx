import { memo, useCallback, useEffect, useId, useState } from 'react'
import type { FilterSelectProps } from './filter-select-parts'
import type { TakeOver } from './filter-select-live'
import { whenIdle } from '../lib/when-idle'
import { FilterSelectStandIn } from './filter-select-stand-in'

type Live = typeof import('./filter-select-live').default

// Mantine's Select (its combobox, popover, floating-ui positioning, scroll area, portal and
// focus trap) is not part of a list's first load, nor drawn with its first row: each filter is
// a stand-in of the same look and name until a person comes to it. The select's chunk is
// fetched at the first idle moment after a filter is first drawn, so the first press does not
// wait, yet neither its download nor its code run before the page's first row.
let live: Live | undefined
let loading: Promise<Live> | undefined
function loadLive(): Promise<Live> {
  loading ??= import('./filter-select-live').then(
    (module) => (live = module.default),
    (error: unknown) => {
      loading = undefined // offline for a moment: the next focus tries again
      throw error
    },
  )
  return loading
}

// Tests load it at once instead, so that a test's first click finds it as a person's does.
const loadsAtOnce = import.meta.env.MODE === 'test'
if (loadsAtOnce) void loadLive()
let prefetching = loadsAtOnce
/** Once, after the first filter is drawn: the select's chunk, when the page has a moment. */
function prefetchLive() {
  if (prefetching) return
  prefetching = true
  whenIdle(() => void loadLive().catch(() => undefined))
}

/**
 * One reference filter: type to narrow the choices, clear to show everything again. Drawn as a
 * stand-in (FilterSelectStandIn) until the person focuses or presses it; the select then takes
 * its place, with the focus, its list open and whatever was typed. Memoized: another filter's
 * change leaves it alone.
 */
export const FilterSelect = memo(function FilterSelect(props: FilterSelectProps) {
  const id = useId()
  useEffect(prefetchLive, [])
  // undefined: still the stand-in; null: the select, the person gone meanwhile; else where they were.
  const [takeOver, setTakeOver] = useState<TakeOver | undefined>(undefined)
  const takeOverFrom = useCallback((input: HTMLInputElement) => {
    const swap = () =>
      setTakeOver(
        input.ownerDocument.activeElement === input
          ? {
              text: input.value,
              selection:
                input.selectionStart === null || input.selectionEnd === null
                  ? null
                  : [input.selectionStart, input.selectionEnd],
            }
          : null,
      )
    if (live) swap()
    else loadLive().then(swap, () => undefined)
  }, [])
  const Live = takeOver === undefined ? undefined : live
  if (Live) return <Live {...props} id={id} takeOver={takeOver ?? null} />
  return <FilterSelectStandIn {...props} id={id} onTakeOver={takeOverFrom} />
})
