import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/api-error'
import { describeProblem, isRetryable } from '../api/problem-message'
import { deleteUnlessGone } from '../api/http'
import { deleteRelease, releaseQueries } from '../api/releases'

type Props = { releaseId: string; title: string; onDeleted: () => void }

const describe = (error: unknown): { title: string; message: string } => {
  const problem = describeProblem(error)
  if (isApiError(error) && error.status === 403)
    return { ...problem, message: `You are not allowed to delete it: ${error.detail ?? error.title}` }
  const next = isRetryable(error) ? ' Press Delete to try again.' : ''
  return { ...problem, message: `${problem.message}${next}` }
}

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
      <Modal
        opened={opened}
        onClose={close}
        title="Delete this draft?"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Text size="sm">“{title || 'Untitled'}” will be deleted for good. This cannot be undone.</Text>
        {mutation.isError ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            mt="sm"
            title={
              // No answer: it may be deleted already; a second Delete finds it gone and says so by going on.
              isApiError(mutation.error) && mutation.error.status === 0
                ? describe(mutation.error).title
                : `The draft was not deleted: ${describe(mutation.error).title}`
            }
          >
            {describe(mutation.error).message}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            Delete
          </Button>
        </Group>
      </Modal>
    </>
  )
}
