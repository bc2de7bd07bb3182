import './form/styles'
import { Box, Button, Group, Modal, Text } from '@mantine/core'
import type { ReactNode } from 'react'

type Props = {
  opened: boolean
  /** Cancel, Escape, the × and a click outside. */
  onClose: () => void
  /** The question: "Delete this draft?". Names the dialog. */
  title: string
  /** What will happen, said plainly: "“Albania” will be deleted for good." */
  children: ReactNode
  /** The button that does it: "Delete", "Reset"; the caller words it while busy or after a failure. */
  confirmLabel: string
  onConfirm: () => void
  /** Busy: the button shows so and cannot be pressed again. */
  pending: boolean
  /** The confirming button's colour: red (the default) for what cannot be undone, the primary colour for what can. */
  confirmColor?: 'red' | 'primary'
  /** Why the last attempt failed (a ProblemAlert), shown between the question and the buttons. */
  problem?: ReactNode
}

/**
 * Asks before something that cannot be undone. Cancel has the focus, so Enter does no harm;
 * the red button does it. The dialog stays open on a failure, with `problem` saying why.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  pending,
  problem,
  confirmColor = 'red',
}: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered returnFocus>
      <Text size="sm">{children}</Text>
      {problem ? <Box mt="sm">{problem}</Box> : null}
      <Group justify="flex-end" mt="md">
        {/* "Cancel" even after a refusal: the dialog's × is already "Close", and two buttons of one name confuse. */}
        <Button variant="default" onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button color={confirmColor === 'red' ? 'red' : undefined} loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
