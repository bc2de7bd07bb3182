import type { createSpotlight } from '@mantine/spotlight'
import { useEffect } from 'react'

type SpotlightStore = ReturnType<typeof createSpotlight>[0]

/**
 * Marks the palette's first result as the one Enter opens, as Spotlight does itself on each
 * keystroke, for results that arrive later (the release search, the reference lists): Spotlight
 * selects only among the results there when the key is typed, so a list that was empty then
 * stays unselected and Enter does nothing. A result the person moved to with the arrows stays.
 */
function selectFirstResult(store: SpotlightStore) {
  const { listId, selected } = store.getState()
  const list = listId ? document.getElementById(listId) : null
  if (!list) return
  const current = list.querySelector('[data-selected]')
  if (current && selected > 0) return
  const first = list.querySelector('[data-action]')
  if (!first || first === current) return
  current?.removeAttribute('data-selected')
  first.setAttribute('data-selected', 'true')
  store.updateState((state) => ({ ...state, selected: 0 }))
}

/** Renders nothing; placed after the results list, it selects the first result when they change. */
export function SelectFirstResult({ store, results }: { store: SpotlightStore; results: string }) {
  useEffect(() => {
    if (results) selectFirstResult(store)
  }, [store, results])
  return null
}
