import './selection-styles'
import { lazy, Suspense, useState } from 'react'
import type { ReleaseAssignmentResult, ReleaseListItem } from '../../api/contract'
import type { AssignmentMode } from './assignment-dialog'
import { AssignmentResult } from './assignment-result'
import { assignmentSummary, type AssignmentSummary } from './assignment-summary'
import { selectionColumn } from './selection-column'
import { SelectionBar } from './selection-bar'
import { useReleaseSelection } from './use-release-selection'

// The dialog (a Modal and a MultiSelect) is code the list's first paint does not need: it
// loads when an admin first selects a row (before they choose an action), and stays mounted.
const AssignmentDialog = lazy(() =>
  import('./assignment-dialog').then((module) => ({ default: module.AssignmentDialog })),
)

/**
 * An admin's batch assignment on the releases list: the checkbox column, the bar of what to
 * do with the selection, the dialog, and the summary of the last result.
 */
export function useReleaseAssignmentTools(rows: readonly ReleaseListItem[], viewKey: string) {
  const selection = useReleaseSelection(rows, viewKey)
  const [mode, setMode] = useState<AssignmentMode | null>(null)
  // The version of each selected release as the admin saw it when they chose what to do: a
  // release that changed since is skipped by the server rather than changed unseen.
  const [seenVersions, setSeenVersions] = useState<Record<string, number>>({})
  const [summary, setSummary] = useState<AssignmentSummary | null>(null)
  const titles = new Map(rows.map((row) => [row.id, row.title]))
  const onScreen = new Map(rows.map((row) => [row.id, row]))
  const versionsOnScreen = () =>
    Object.fromEntries(ids.flatMap((id) => (onScreen.has(id) ? [[id, onScreen.get(id)!.version]] : [])))
  const ids = [...selection.selected]
  // A row stands for its family of language versions: its translations are assigned with it.
  const versionsOf = (id: string) => onScreen.get(id)?.languages?.map((version) => version.id) ?? [id]
  const [dialogUsed, setDialogUsed] = useState(false)
  if ((ids.length > 0 || mode !== null) && !dialogUsed) setDialogUsed(true)

  const column = selectionColumn({
    rows,
    selected: selection.selected,
    onToggle: selection.toggle,
    onToggleAll: selection.toggleAll,
  })
  const panel = (
    <>
      {summary && <AssignmentResult summary={summary} onDismiss={() => setSummary(null)} />}
      {ids.length > 0 && (
        <SelectionBar
          count={ids.length}
          onAction={(next) => {
            setSeenVersions(versionsOnScreen())
            setMode(next)
          }}
          onClear={selection.clear}
        />
      )}
      {dialogUsed && (
        <Suspense fallback={null}>
          <AssignmentDialog
            mode={mode}
            releaseIds={ids}
            versionsOf={versionsOf}
            seenVersions={seenVersions}
            onScreen={onScreen}
            onReview={() => setSeenVersions(versionsOnScreen())}
            onClose={() => setMode(null)}
            onDone={(result: ReleaseAssignmentResult, asked) => {
              // Told by the rows the admin chose; their translations went with them.
              setSummary(assignmentSummary(result, { ...asked, titleOf: (id) => titles.get(id) }))
              setMode(null)
              selection.clear()
            }}
          />
        </Suspense>
      )}
    </>
  )
  return { column, panel }
}
