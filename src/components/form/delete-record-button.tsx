import './styles'
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation } from '@tanstack/react-query'
import { isApiError } from '../../api/api-error'
import { deleteUnlessGone } from '../../api/http'
import { describeProblem, isRetryable } from '../../api/problem-message'

type Props = {
  /** What is deleted, as a person reads it: "Albania". */
  name: string
  remove: () => Promise<unknown>
  onDeleted: () => void
}

const describe = (error: unknown) => {
  if (isApiError(error) && error.status === 403) return 'Only admins delete reference data.'
  const { message } = describeProblem(error)
  if (isApiError(error) && error.status === 0)
    return `${message} If it was deleted before the connection dropped, Retry finishes it.`
  // A 409 names what uses the record: describeProblem passes the server's words on.
  return message
}

/** A 409 is a refusal (it is in use), not someone else's change: the server's message says which. */
const notDeletedTitle = (name: string, error: unknown) => {
  if (isApiError(error) && error.status === 409) return `${name} was not deleted`
  // No answer: it may have been deleted after all, so the title does not claim otherwise.
  if (isApiError(error) && error.status === 0)
    return `${describeProblem(error).title}: ${name} may not have been deleted`
  return `${name} was not deleted: ${describeProblem(error).title}`
}

/**
 * Delete, after asking. A refusal (in use, 409) is shown in the dialog as the server words it;
 * a failure that may pass (no connection, 5xx) offers Retry.
 */
export function DeleteRecordButton({ name, remove, onDeleted }: Props) {
  const [opened, { open, close }] = useDisclosure(false)
  const mutation = useMutation({
    mutationFn: () => deleteUnlessGone(remove),
    onSuccess: () => {
      close()
      onDeleted()
    },
  })
  const dismiss = () => {
    close()
    mutation.reset()
  }

  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" onClick={open} aria-label={`Delete ${name}`}>
        Delete
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Delete ${name}?`} centered returnFocus>
        <Text size="sm">“{name}” will be deleted for good.</Text>
        {mutation.isError ? (
          <Alert color="red" variant="light" role="alert" mt="sm" title={notDeletedTitle(name, mutation.error)}>
            {describe(mutation.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          {/* "Cancel" even after a refusal: the dialog's × is already "Close", and two buttons of one name confuse. */}
          <Button variant="default" onClick={dismiss} data-autofocus>
            Cancel
          </Button>
          <Button color="red" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {mutation.isPending ? 'Deleting…' : mutation.isError && isRetryable(mutation.error) ? 'Retry' : 'Delete'}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
