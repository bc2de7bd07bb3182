import './styles'
import { Button, Group, Modal, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { SaveProblemAlert } from './save-problem-alert'
import type { SaveProblem } from './use-save-problem'

type Props = {
  opened: boolean
  title: string
  onClose: () => void
  onSubmit: () => void
  isPending: boolean
  problem: SaveProblem | null
  onReload: () => void
  submitLabel?: string
  children: ReactNode
}

/**
 * A form in a dialog. It stays open with everything typed until the save succeeds; Mantine
 * traps focus inside and returns it to the control that opened it on close.
 */
export function FormModal({
  opened,
  title,
  onClose,
  onSubmit,
  isPending,
  problem,
  onReload,
  submitLabel = 'Save',
  children,
}: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg" returnFocus={false}>
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        <Stack gap="md">
          <SaveProblemAlert problem={problem} onRetry={onSubmit} onReload={onReload} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending}>
              {isPending ? 'Saving…' : submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
