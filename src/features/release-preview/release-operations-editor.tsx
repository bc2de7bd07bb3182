import './styles'
import { Button, Group, MultiSelect, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { Release } from '../../api/contract'
import { assignReleases } from '../../api/release-assignments'
import { ProblemAlert } from '../../components/problem-alert'
import { ReleaseChangedAlert } from '../../components/release-changed-alert'
import { useSeenRelease } from '../../lib/use-seen-release'
import { useIdempotencyKey } from '../../lib/idempotency-key'
import { afterAssignment } from '../../lib/after-assignment'
import { useFieldOperationOptions } from '../../lib/field-operation-options'

/** The server left the release as it was: it is no longer the version the admin saw. */
class ChangedSinceSeen extends Error {}

const operationIds = (release: Release) => release.fieldOperations.map((ref) => ref.id)
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id))

/**
 * An admin edits a release's field operations in place. Saving sends the difference through
 * the batch endpoint: one request to add what is new, one to remove what is gone, each naming
 * the version it builds on (the one the admin saw, then the one the first request made). Each
 * has its own Idempotency-Key, kept until it succeeds, and the page's copy of the release is
 * refreshed only once both went through, so a failure keeps the choice on screen for Retry.
 */
export function ReleaseOperationsEditor({ release }: { release: Release }) {
  const queryClient = useQueryClient()
  // What the admin builds on: the page as it was when they began to choose.
  const seen = useSeenRelease(release)
  const current = operationIds(seen.release)
  const { options } = useFieldOperationOptions('all')
  const select = useRef<HTMLInputElement>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  const [chosen, setChosen] = useState<string[]>(current)
  const [written, setWritten] = useState<number | null>(null)
  const dirty = !sameSet(chosen, current)
  // Nothing chosen yet, or the change is the admin's own save: follow the page as it moves on.
  if (seen.changed && (!dirty || release.version === written)) {
    seen.follow(release)
    setChosen(operationIds(release))
  }
  // A closed operation stays choosable only where the release already names it; the release's own
  // operations keep their names while the list loads (never a raw id in a pill).
  const listed = options.filter((option) => !option.label.endsWith('(closed)') || current.includes(option.value))
  const data = [
    ...listed,
    ...seen.release.fieldOperations
      .filter((operation) => !listed.some((option) => option.value === operation.id))
      .map((operation) => ({ value: operation.id, label: operation.name })),
  ]
  const added = chosen.filter((id) => !current.includes(id))
  const removed = current.filter((id) => !chosen.includes(id))
  const addKey = useIdempotencyKey()
  const removeKey = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: async () => {
      let version = seen.release.version
      const send = async (mode: 'add' | 'remove', fieldOperationIds: string[], key: string) => {
        const result = await assignReleases(
          { releaseIds: [release.id], fieldOperationIds, mode, expectedVersions: { [release.id]: version } },
          { idempotencyKey: key },
        )
        if (result.skipped.some((skip) => skip.reason === 'changed-since-seen')) throw new ChangedSinceSeen()
        version = result.versions[release.id] ?? version
      }
      if (added.length > 0) await send('add', added, addKey.get())
      if (removed.length > 0) await send('remove', removed, removeKey.get())
      return version
    },
    onSuccess: (version) => {
      addKey.renew()
      removeKey.renew()
      setWritten(version)
      return afterAssignment(queryClient)
    },
    onError: (error) => {
      addKey.settle(error)
      removeKey.settle(error)
      if (error instanceof ChangedSinceSeen) seen.refresh()
    },
  })
  const refused = mutation.error instanceof ChangedSinceSeen
  const send = () => {
    if (!mutation.isPending) mutation.mutate()
  }
  const choose = (value: string[]) => {
    addKey.renew()
    removeKey.renew()
    setChosen(value)
  }
  const review = async () => {
    const adopted = release
    if (await seen.adopt()) {
      // The admin's change (what they added, what they took away) applied to the new version.
      setChosen([
        ...operationIds(adopted).filter((id) => !removed.includes(id)),
        ...added.filter((id) => !operationIds(adopted).includes(id)),
      ])
      addKey.renew()
      removeKey.renew()
      mutation.reset()
      // The alert and its button are gone: on to saving the choice, now on the new version. Not
      // into the select: focus opens its list, which would cover the Save button below it.
      const save = saveButton.current
      if (save && !save.disabled) save.focus()
      else select.current?.focus()
    }
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      <Stack gap="xs">
        <MultiSelect
          ref={select}
          label="Field operations"
          data={data}
          value={chosen}
          onChange={choose}
          searchable
          placeholder={chosen.length ? undefined : 'None'}
        />
        {refused || (seen.changed && dirty && !mutation.isPending) ? (
          <ReleaseChangedAlert
            seen={seen.release}
            current={release}
            knownHistory={seen.knownHistory}
            refused={refused}
            reviewing={seen.adopting}
            checking={seen.checking}
            onReview={() => void review()}
            kept="Your choice is still here."
          />
        ) : null}
        {mutation.isError && !refused && (
          <ProblemAlert
            error={mutation.error}
            title="Field operations not saved"
            onRetry={send}
            kept="Your choice is still here."
          />
        )}
        <Group gap="xs">
          <Button ref={saveButton} type="submit" size="xs" disabled={!dirty} loading={mutation.isPending}>
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
