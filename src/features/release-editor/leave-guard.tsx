import { useBlocker } from '@tanstack/react-router'
import { Suspense, useEffect, useRef, useState } from 'react'
import { lazyFetchedWhenIdle } from './second-pass'

/**
 * Asks before leaving with unsaved changes: a navigation inside the app opens a modal,
 * closing or reloading the tab gets the browser's own question (beforeunload).
 * `allowNext()` lets one navigation through (after a save that moves to another page).
 */
export function useLeaveGuard(hasUnsavedChanges: boolean) {
  const unsaved = useRef(hasUnsavedChanges)
  useEffect(() => {
    unsaved.current = hasUnsavedChanges
  }, [hasUnsavedChanges])
  const allowed = useRef(false)
  const blocker = useBlocker({
    shouldBlockFn: () => {
      if (allowed.current) {
        allowed.current = false
        return false
      }
      return unsaved.current
    },
    enableBeforeUnload: () => unsaved.current,
    withResolver: true,
  })
  return {
    blocker,
    allowNext: () => {
      allowed.current = true
    },
  }
}

export type LeaveGuardModalProps = {
  blocker: ReturnType<typeof useLeaveGuard>['blocker']
  /** Runs as the person confirms leaving, before the page goes. */
  onLeave?: () => void
  /**
   * Signed out by the person ('person'): their local copies went with it, so leaving loses the
   * changes. Signed out because the server ended the session ('ended'): the copy stays in this
   * browser for when they sign in again.
   */
  signedOut?: 'person' | 'ended' | null
}

// The dialog (Mantine's Modal) is not part of the editor's first load: fetched when the page is
// idle, it is here long before anyone leaves.
const LeaveGuardDialog = lazyFetchedWhenIdle(() => import('./leave-guard-dialog'))

/** Asks "Leave without saving?" while a navigation is held back; drawn from the first time it is. */
export function LeaveGuardModal(props: LeaveGuardModalProps) {
  // Kept once drawn: the dialog closes with its own transition and gives focus back.
  const [drawn, setDrawn] = useState(false)
  if (props.blocker.status === 'blocked' && !drawn) setDrawn(true)
  return drawn ? (
    <Suspense fallback={null}>
      <LeaveGuardDialog {...props} />
    </Suspense>
  ) : null
}
