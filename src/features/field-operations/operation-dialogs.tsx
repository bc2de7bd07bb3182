import { Suspense } from 'react'
import { CloseOperationDialog } from './close-operation-dialog'
import { FieldOperationForm } from './field-operation-form'
import { ReopenOperationDialog } from './reopen-operation-dialog'
import type { useOperationDialogs } from './use-operation-dialogs'

/** Renders whichever of an operation's dialogs is (or was last) open. */
export function OperationDialogs({ dialogs }: { dialogs: ReturnType<typeof useOperationDialogs> }) {
  const { edit, close, reopen } = dialogs
  // The form reads the States for its host choice; until they arrive, only the dialog waits.
  return (
    <Suspense fallback={null}>
      {edit.dialog ? (
        <FieldOperationForm
          key={`edit-${edit.dialog.key}`}
          operation={edit.dialog.record}
          opened={edit.dialog.opened}
          onClose={edit.close}
        />
      ) : null}
      {close.dialog?.record ? (
        <CloseOperationDialog
          key={`close-${close.dialog.key}`}
          operation={close.dialog.record}
          opened={close.dialog.opened}
          onClose={close.close}
        />
      ) : null}
      {reopen.dialog?.record ? (
        <ReopenOperationDialog
          key={`reopen-${reopen.dialog.key}`}
          operation={reopen.dialog.record}
          opened={reopen.dialog.opened}
          onClose={reopen.close}
        />
      ) : null}
    </Suspense>
  )
}
