import { describe, expect, it } from 'vitest'
import { emptySelection, selectionFor, toggleAll, toggleRow } from './row-selection'

const rows = ['a', 'b', 'c', 'd', 'e']
const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].toSorted()

describe('row selection', () => {
  it('toggles one row, and shift-click selects (or clears) the range since the last click', () => {
    let selection = toggleRow(emptySelection('v'), rows, 1, false)
    expect(ids(selection)).toEqual(['b'])
    selection = toggleRow(selection, rows, 3, true)
    expect(ids(selection)).toEqual(['b', 'c', 'd'])
    selection = toggleRow(selection, rows, 2, true)
    expect(ids(selection)).toEqual(['b'])
    expect(ids(toggleRow(emptySelection('v'), rows, 4, true))).toEqual(['e'])
  })

  it('selects all on the page, then none; a selection made on another view is empty', () => {
    const all = toggleAll(emptySelection('v'), rows)
    expect(ids(all)).toEqual(rows)
    expect(ids(toggleAll(all, rows))).toEqual([])
    expect(ids(selectionFor(all, 'v'))).toEqual(rows)
    expect(ids(selectionFor(all, 'other'))).toEqual([])
  })
})
