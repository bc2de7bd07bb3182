import { useState } from 'react'
import type { ReleaseListItem } from '../../api/contract'
import { emptySelection, selectionFor, toggleAll, toggleRow } from './row-selection'

/** The selected rows of the page on screen; a new page, filter or sort starts with none. */
export function useReleaseSelection(rows: readonly ReleaseListItem[], viewKey: string) {
  const [stored, setStored] = useState(() => emptySelection(viewKey))
  const selection = selectionFor(stored, viewKey)
  const rowIds = rows.map((row) => row.id)
  return {
    selected: selection.ids,
    toggle: (index: number, shift: boolean) => setStored(toggleRow(selection, rowIds, index, shift)),
    toggleAll: () => setStored(toggleAll(selection, rowIds)),
    clear: () => setStored(emptySelection(viewKey)),
  }
}
