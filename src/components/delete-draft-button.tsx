import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/api-error'
import type { ProblemMessage } from '../api/problem-message'
import { deleteUnlessGone } from '../api/http'
import { deleteRelease, releaseQueries } from '../api/releases'
import { ConfirmDialog } from './confirm-dialog'
import { ProblemAlert } from './problem-alert'

type Props = { releaseId: string; title: string; onDeleted: () => void }

/** A refusal names who may delete: the server's reason. */
const rewordFor =
  (error: unknown) =>
  (problem: ProblemMessage): ProblemMessage =>
    isApiError(error) && error.status === 403
      ? { ...problem, message: `You are not allowed to delete it: ${error.detail ?? error.title}` }
      : problem

/** Deletes a draft after asking; the lists are refreshed and the detail forgotten. */
export function DeleteDraftButton({ releaseId, title, onDeleted }: Props) {
  const [opened, { open, close }] = useDisclosure(false)
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: () => deleteUnlessGone(() => deleteRelease(releaseId)),
    onSuccess: () => {
      close()
      queryClient.removeQueries({ queryKey: releaseQueries.detail(releaseId).queryKey })
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      onDeleted()
    },
  })

  return (
    <>
      <Button variant="light" color="red" onClick={open}>
        Delete draft
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title="Delete this draft?"
        confirmLabel="Delete"
        onConfirm={() => mutation.mutate()}
        pending={mutation.isPending}
        problem={
          mutation.isError ? (
            // No answer: it may be deleted already; a second Delete finds it gone and says so by going on.
            <ProblemAlert
              error={mutation.error}
              title="The draft was not deleted"
              kept={null}
              retryElsewhere="Press Delete"
              reword={rewordFor(mutation.error)}
            />
          ) : null
        }
      >
        “{title || 'Untitled'}” will be deleted for good. This cannot be undone.
      </ConfirmDialog>
    </>
  )
}
