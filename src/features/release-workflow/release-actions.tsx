import './styles'
import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPencil } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { Release, TransitionAction } from '../../api/contract'
import { ButtonLink } from '../../components/router-links'
import { DeleteDraftButton } from '../../components/delete-draft-button'
import { formatDateTime } from '../../lib/format'
import { fetchNextInQueue } from '../../lib/next-in-queue'
import { transitionCopy } from './transition-copy'
import { TransitionDialog } from './transition-dialog'

/** The order the buttons appear in: forward steps first. */
const order: TransitionAction[] = ['submit', 'approve', 'request-changes', 'reopen', 'recall', 'unschedule', 'withdraw']

type Props = { release: Release; onTransitioned: () => void }

const doneMessage = (action: TransitionAction, release: Release) =>
  action === 'approve'
    ? release.status === 'scheduled' && release.scheduledAt
      ? `Approved: it will be published on ${formatDateTime(release.scheduledAt)}.`
      : 'Approved and published.'
    : transitionCopy[action].done

/**
 * Exactly the actions the API allows the signed-in person now (`release.allowedActions`):
 * never a button that would answer 403.
 */
export function ReleaseActions({ release, onTransitioned }: Props) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  // Always mounted, so the dialog sees itself open (and knows where to give focus back on close).
  const [dialog, setDialog] = useState<{ action: TransitionAction; opened: boolean }>({
    action: 'submit',
    opened: false,
  })
  const allowed = new Set(release.allowedActions)
  const close = () => setDialog((current) => ({ ...current, opened: false }))

  /**
   * "… and next": the next release waiting in the review queue opens; when none waits, the queue
   * itself, which says it is empty (a reviewer's day ends where it began).
   */
  const goToNext = async (done: string) => {
    // Not read (offline): the queue's page says so itself and offers a retry.
    const next = await fetchNextInQueue(queryClient, release.id).catch(() => undefined)
    if (next) {
      notifications.show({ color: 'green', message: `${done} Next in the queue: “${next.title}”.` })
      await navigate({ to: '/releases/$id', params: { id: next.id } })
      return
    }
    notifications.show({ color: 'green', message: next === null ? `${done} The review queue is empty.` : done })
    await navigate({ to: '/review' })
  }

  return (
    <Group gap="xs" wrap="wrap">
      {allowed.has('edit') ? (
        // preload="viewport": the editor's code loads while the release is read, not after Edit.
        <ButtonLink
          to="/releases/$id/edit"
          params={{ id: release.id }}
          preload="viewport"
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          Edit
        </ButtonLink>
      ) : null}
      {order
        .filter((action) => allowed.has(action))
        .map((action) => (
          <Button
            key={action}
            variant={
              action === 'request-changes' || action === 'withdraw' || action === 'recall' || action === 'unschedule'
                ? 'default'
                : 'filled'
            }
            color={action === 'withdraw' ? 'red' : undefined}
            onClick={() => setDialog({ action, opened: true })}
          >
            {transitionCopy[action].button}
          </Button>
        ))}
      {allowed.has('delete') ? (
        <DeleteDraftButton
          releaseId={release.id}
          title={release.title}
          onDeleted={() => void navigate({ to: '/releases' })}
        />
      ) : null}
      <TransitionDialog
        release={release}
        action={dialog.action}
        opened={dialog.opened}
        onClose={close}
        offerNext
        onDone={(updated, { next }) => {
          close()
          const done = doneMessage(dialog.action, updated)
          if (next) return void goToNext(done)
          notifications.show({ color: 'green', message: done })
          onTransitioned()
        }}
      />
    </Group>
  )
}
