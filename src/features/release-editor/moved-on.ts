import type { Release } from '../../api/contract'
import type { SaveState } from './use-save-release'

/** The release this text was written for cannot take it any more: moved on (submitted, published…) or deleted. */
export type MovedOn = { kind: 'moved'; release: Release } | { kind: 'gone' }

/** From a save's answer (409, 404), the live release (no longer editable) or its refetch's 404. */
export function movedOnOf(release: Release | null, gone: boolean, state: SaveState): MovedOn | null {
  if (gone || state.kind === 'gone') return { kind: 'gone' }
  if (state.kind === 'moved-on') return { kind: 'moved', release: state.theirs }
  return release && !release.allowedActions.includes('edit') ? { kind: 'moved', release } : null
}
