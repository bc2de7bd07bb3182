import './styles'
import { Alert, Button, Group, MultiSelect, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Release } from '../../api/contract'
import { assignReleases } from '../../api/release-assignments'
import { afterAssignment } from './after-assignment'
import { useFieldOperationOptions } from './field-operation-options'

/**
 * An admin edits a release's field operations in place. Saving sends the difference through
 * the batch endpoint: one request to add what is new, one to remove what is gone.
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
  const mutation = useMutation({
    mutationFn: async () => {
      if (added.length > 0) await assignReleases({ releaseIds: [release.id], fieldOperationIds: added, mode: 'add' })
      if (removed.length > 0) await assignReleases({ releaseIds: [release.id], fieldOperationIds: removed, mode: 'remove' })
    },
    onSettled: () => afterAssignment(queryClient),
  })
  const dirty = added.length + removed.length > 0
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        mutation.mutate()
      }}
    >
      <Stack gap="xs">
        <MultiSelect label="Field operations" data={data} value={chosen} onChange={setChosen} searchable placeholder={chosen.length ? undefined : 'None'} />
        {mutation.isError && <Alert color="red">{mutation.error.message}</Alert>}
        <Group gap="xs">
          <Button type="submit" size="xs" disabled={!dirty} loading={mutation.isPending}>
            Save field operations
          </Button>
          {dirty && (
            <Button size="xs" variant="subtle" onClick={() => setChosen(current)}>
              Undo
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
