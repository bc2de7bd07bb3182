import './styles'
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMutation } from '@tanstack/react-query'
import { isApiError } from '../../api/api-error'

type Props = {
  /** What is deleted, as a person reads it: "Albania". */
  name: string
  remove: () => Promise<unknown>
  onDeleted: () => void
}

const describe = (error: unknown) => {
  if (!isApiError(error)) return 'Something went wrong.'
  if (error.status === 403) return 'Only admins delete reference data.'
  // A 409 names what uses the record: that is the message to read.
  return error.detail ?? error.title
}

/** Delete, after asking. A refusal (in use, 409) is shown in the dialog as the server words it. */
export function DeleteRecordButton({ name, remove, onDeleted }: Props) {
  const [opened, { open, close }] = useDisclosure(false)
  const mutation = useMutation({
    mutationFn: remove,
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
          <Alert color="red" variant="light" role="alert" mt="sm" title={`${name} was not deleted`}>
            {describe(mutation.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={dismiss} data-autofocus>
            {mutation.isError ? 'Close' : 'Cancel'}
          </Button>
          <Button color="red" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
            {mutation.isPending ? 'Deleting…' : 'Delete'}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
