import { Button, Group, Modal, Text } from '@mantine/core'
import type { LeaveGuardModalProps } from './leave-guard'
import { useSecondPass } from './second-pass'

/** The question itself, in a chunk of its own (see LeaveGuardModal). */
const warnings = {
  person:
    'You have signed out, and your latest changes are not saved. If you leave now, they are lost: stay to copy them first.',
  ended:
    'Your session has ended, and your latest changes are not saved. They are kept in this browser: sign in again and you will find them here.',
  none: 'Your latest changes are not saved yet. If you leave now, they are kept only in this browser.',
}

export default function LeaveGuardDialog({ blocker, onLeave, signedOut = null }: LeaveGuardModalProps) {
  // Mounted closed, then opened: Mantine's Modal notes where focus was as it opens, to give it back on Stay.
  const mounted = useSecondPass()
  const opened = mounted && blocker.status === 'blocked'
  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Text size="sm">{warnings[signedOut ?? 'none']}</Text>
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
