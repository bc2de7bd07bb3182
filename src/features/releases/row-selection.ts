/**
 * Which rows of the page on screen are selected. Pure, so the range logic is tested alone.
 * A selection belongs to one view (page, filters, sort): `viewKey` differs once the view
 * changes, and the selection is then empty.
 */
export type RowSelection = { viewKey: string; ids: ReadonlySet<string>; anchor: number | null }

export const emptySelection = (viewKey: string): RowSelection => ({ viewKey, ids: new Set(), anchor: null })

/** The selection as it holds for `viewKey`: empty when it was made on another view. */
export const selectionFor = (selection: RowSelection, viewKey: string): RowSelection =>
  selection.viewKey === viewKey ? selection : emptySelection(viewKey)

/**
 * A click on the checkbox of row `index`. With shift and an earlier click on this view, every
 * row between the two takes the state the clicked row takes (as in a mail client).
 */
export function toggleRow(
  selection: RowSelection,
  rowIds: readonly string[],
  index: number,
  shift: boolean,
): RowSelection {
  const id = rowIds[index]
  if (id === undefined) return selection
  const select = !selection.ids.has(id)
  const ids = new Set(selection.ids)
  const [from, to] =
    shift && selection.anchor !== null
      ? [Math.min(selection.anchor, index), Math.max(selection.anchor, index)]
      : [index, index]
  for (const rowId of rowIds.slice(from, to + 1)) {
    if (select) ids.add(rowId)
    else ids.delete(rowId)
  }
  return { ...selection, ids, anchor: index }
}

/** The header checkbox: selects every row of the page, or clears them when all are selected. */
export function toggleAll(selection: RowSelection, rowIds: readonly string[]): RowSelection {
  const all = rowIds.length > 0 && rowIds.every((id) => selection.ids.has(id))
  return { ...selection, ids: all ? new Set() : new Set(rowIds), anchor: null }
}
