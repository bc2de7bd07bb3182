import { Button, Group, Modal, Text } from '@mantine/core'
import { useBlocker } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'

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

type Props = {
  blocker: ReturnType<typeof useLeaveGuard>['blocker']
  /** Runs as the person confirms leaving, before the page goes. */
  onLeave?: () => void
  /** Signing out takes the person's local copies with it: leaving then loses the changes. */
  signedOut?: boolean
}

export function LeaveGuardModal({ blocker, onLeave, signedOut = false }: Props) {
  const opened = blocker.status === 'blocked'
  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Text size="sm">
        {signedOut
          ? 'You have signed out, and your latest changes are not saved. If you leave now, they are lost: stay to copy them first.'
          : 'Your latest changes are not saved yet. If you leave now, they are kept only in this browser.'}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay
        </Button>
        <Button
          color="red"
          onClick={() => {
            onLeave?.()
            blocker.proceed?.()
          }}
        >
          Leave
        </Button>
      </Group>
    </Modal>
  )
}
