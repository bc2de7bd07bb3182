import './styles'
import { Alert } from '@mantine/core'
import { useState } from 'react'
import type { ReleaseAssignmentResult, ReleaseListItem } from '../../api/contract'
import { AssignmentDialog, type AssignmentMode } from './assignment-dialog'
import { assignmentSummary } from './assignment-summary'
import { selectionColumn } from './selection-column'
import { SelectionBar } from './selection-bar'
import { useReleaseSelection } from './use-release-selection'

/**
 * An admin's batch assignment on the releases list: the checkbox column, the bar of what to
 * do with the selection, the dialog, and the summary of the last result.
 */
export function useReleaseAssignmentTools(rows: readonly ReleaseListItem[], viewKey: string) {
  const selection = useReleaseSelection(rows, viewKey)
  const [mode, setMode] = useState<AssignmentMode | null>(null)
  const [summary, setSummary] = useState<string | null>(null)
  const titles = new Map(rows.map((row) => [row.id, row.title]))
  const ids = [...selection.selected]

  const column = selectionColumn({ rows, selected: selection.selected, onToggle: selection.toggle, onToggleAll: selection.toggleAll })
  const panel = (
    <>
      {summary && (
        <Alert color="teal" title="Field operations updated" withCloseButton closeButtonLabel="Dismiss" onClose={() => setSummary(null)}>
          {summary}
        </Alert>
      )}
      {ids.length > 0 && <SelectionBar count={ids.length} onAction={setMode} onClear={selection.clear} />}
      <AssignmentDialog
        mode={mode}
        releaseIds={ids}
        onClose={() => setMode(null)}
        onDone={(result: ReleaseAssignmentResult) => {
          setSummary(assignmentSummary(result, (id) => titles.get(id)))
          setMode(null)
          selection.clear()
        }}
      />
    </>
  )
  return { column, panel }
}
