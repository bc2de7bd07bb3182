import './styles'
import { Button, Group, MultiSelect, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Release } from '../../api/contract'
import { assignReleases } from '../../api/release-assignments'
import { ProblemAlert } from '../release-workflow/problem-alert'
import { useIdempotencyKey } from '../../components/form/use-idempotency-key'
import { afterAssignment } from './after-assignment'
import { useFieldOperationOptions } from './field-operation-options'

/**
 * An admin edits a release's field operations in place. Saving sends the difference through
 * the batch endpoint: one request to add what is new, one to remove what is gone. Each has
 * its own Idempotency-Key, kept until it succeeds, and the page's copy of the release is
 * refreshed only once both went through, so a failure keeps the choice on screen for Retry.
 */
export function ReleaseOperationsEditor({ release }: { release: Release }) {
  const queryClient = useQueryClient()
  const current = release.fieldOperations.map((ref) => ref.id)
  const { options } = useFieldOperationOptions('all')
  const [chosen, setChosen] = useState<string[]>(current)
  // A closed operation stays choosable only where the release already names it.
  const data = options.filter((option) => !option.label.endsWith('(closed)') || current.includes(option.value))
  const added = chosen.filter((id) => !current.includes(id))
  const removed = current.filter((id) => !chosen.includes(id))
  const addKey = useIdempotencyKey()
  const removeKey = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: async () => {
      if (added.length > 0) {
        await assignReleases({ releaseIds: [release.id], fieldOperationIds: added, mode: 'add' }, { idempotencyKey: addKey.get() })
      }
      if (removed.length > 0) {
        await assignReleases({ releaseIds: [release.id], fieldOperationIds: removed, mode: 'remove' }, { idempotencyKey: removeKey.get() })
      }
    },
    onSuccess: () => {
      addKey.renew()
      removeKey.renew()
      return afterAssignment(queryClient)
    },
    onError: (error) => {
      addKey.settle(error)
      removeKey.settle(error)
    },
  })
  const send = () => {
    if (!mutation.isPending) mutation.mutate()
  }
  const choose = (value: string[]) => {
    addKey.renew()
    removeKey.renew()
    setChosen(value)
  }
  const dirty = added.length + removed.length > 0
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      <Stack gap="xs">
        <MultiSelect label="Field operations" data={data} value={chosen} onChange={choose} searchable placeholder={chosen.length ? undefined : 'None'} />
        {mutation.isError && (
          <ProblemAlert error={mutation.error} title="Field operations not saved" onRetry={send} kept="Your choice is still here." />
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" disabled={!dirty} loading={mutation.isPending}>
            Save field operations
          </Button>
          {dirty && (
            <Button size="xs" variant="subtle" onClick={() => choose(current)}>
              Undo
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
