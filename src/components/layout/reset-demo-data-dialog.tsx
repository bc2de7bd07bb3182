import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ConfirmDialog } from '../confirm-dialog'
import { ProblemAlert } from '../problem-alert'

async function resetDemo(): Promise<void> {
  if (import.meta.env.VITE_MOCKING !== 'on') return
  // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import of the mock backend's reset
  const { resetDemoData } = await import('../../../mocks/browser')
  await resetDemoData()
}

type Props = { opened: boolean; onClose: () => void }

/**
 * Asks before putting the mock database back to its seed: that undoes everyone's work in the
 * demo, in every tab, and cannot be undone. Loaded on first use, with the Modal's styles.
 */
export default function ResetDemoDataDialog({ opened, onClose }: Props) {
  const queryClient = useQueryClient()
  const reset = useMutation({
    mutationFn: resetDemo,
    onSuccess: async () => {
      onClose()
      await queryClient.invalidateQueries()
      notifications.show({ message: 'The demo data is back to its starting point.', color: 'green' })
    },
  })
  const dismiss = () => {
    onClose()
    reset.reset()
  }

  return (
    <ConfirmDialog
      opened={opened}
      onClose={dismiss}
      title="Reset the demo data?"
      confirmLabel="Reset"
      onConfirm={() => reset.mutate()}
      pending={reset.isPending}
      problem={
        reset.isError ? (
          <ProblemAlert
            error={reset.error}
            title="The demo data could not be reset"
            kept={null}
            // The browser's storage failed, not a request: no reason worth a title, only the way on.
            reword={(problem) => ({ ...problem, title: '', message: 'Try again, or reload the page.' })}
          />
        ) : null
      }
    >
      Every change made in the demo is lost, in every tab: releases, reviews, comments and reference data go back to how
      they started. You stay signed in.
    </ConfirmDialog>
  )
}
