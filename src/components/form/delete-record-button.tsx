import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation } from '@tanstack/react-query'
import { isApiError } from '../../api/api-error'
import { deleteUnlessGone } from '../../api/http'
import { describeProblem, type ProblemMessage } from '../../api/problem-message'
import { ConfirmDialog } from '../confirm-dialog'
import { ProblemAlert } from '../problem-alert'
import { showSavedNotice } from './saved-notice'

type Props = {
  /** What is deleted, as a person reads it: "Albania". */
  name: string
  remove: () => Promise<unknown>
  onDeleted: () => void
  /** What names it, said in the dialog before the click (a DeleteImpact); mounted only while the dialog is open. */
  impact?: React.ReactNode
}

const rewordFor =
  (error: unknown) =>
  (problem: ProblemMessage): ProblemMessage => {
    if (isApiError(error) && error.status === 403) return { ...problem, message: 'Only admins delete reference data.' }
    // A 409 is a refusal (it is in use), not someone else's change: no title of its own, the
    // server's message says which (describeProblem passes its words on).
    if (isApiError(error) && error.status === 409) return { ...problem, title: '' }
    return problem
  }

/**
 * Delete, after asking. A refusal (in use, 409) is shown in the dialog as the server words it;
 * a failure that may pass (no connection, 5xx) turns Delete into Retry.
 */
export function DeleteRecordButton({ name, remove, onDeleted, impact }: Props) {
  const [opened, { open, close }] = useDisclosure(false)
  const mutation = useMutation({
    mutationFn: () => deleteUnlessGone(remove),
    onSuccess: () => {
      close()
      onDeleted()
      showSavedNotice(`Deleted ${name}`)
    },
  })
  const dismiss = () => {
    close()
    mutation.reset()
  }
  const problem = mutation.isError ? (
    <ProblemAlert
      error={mutation.error}
      title={`${name} was not deleted`}
      unsure={`${name} may not have been deleted`}
      retryNote="If it was deleted before the connection dropped, Retry finishes it."
      kept={null}
      reword={rewordFor(mutation.error)}
    />
  ) : null

  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={open} aria-label={`Delete ${name}`}>
        Delete
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={dismiss}
        title={`Delete ${name}?`}
        confirmLabel={
          mutation.isPending
            ? 'Deleting…'
            : mutation.isError && describeProblem(mutation.error).retrySafe
              ? 'Retry'
              : 'Delete'
        }
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
        problem={problem}
      >
        “{name}” will be deleted for good.{impact}
      </ConfirmDialog>
    </>
  )
}
