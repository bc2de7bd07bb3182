import './assignment-styles'
import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ReleaseAssignmentResult, ReleaseListItem } from '../../api/contract'
import { assignReleases } from '../../api/release-assignments'
import { ProblemAlert } from '../../components/problem-alert'
import { useIdempotencyKey } from '../../lib/idempotency-key'
import { afterAssignment } from '../../lib/after-assignment'
import { ChangedReleasesAlert } from './changed-releases-alert'
import { useFieldOperationOptions } from '../../lib/field-operation-options'

export type AssignmentMode = 'add' | 'remove'

type Props = {
  mode: AssignmentMode | null
  releaseIds: readonly string[]
  /** The version of each release the admin saw when they chose what to do; sent, so a changed one is skipped. */
  seenVersions: Readonly<Record<string, number>>
  /** The list's rows as they are now (refetched live). */
  onScreen: ReadonlyMap<string, ReleaseListItem>
  /** Takes the versions on screen as the ones seen. */
  onReview: () => void
  onClose: () => void
  /**
   * Every version of a release's family (a row stands for its family): each is assigned with it,
   * as a translation starts with its original's field operations.
   */
  versionsOf: (releaseId: string) => readonly string[]
  /** With what was asked: the mode and the names of the chosen field operations. */
  onDone: (result: ReleaseAssignmentResult, asked: { mode: AssignmentMode; operations: string[] }) => void
}

/** The skip that means a release already is as asked: its translations follow it all the same. */
const alreadyAsAsked = { add: 'already-assigned', remove: 'not-assigned' } as const

const titles: Record<AssignmentMode, string> = {
  add: 'Assign to field operations',
  remove: 'Remove from field operations',
}

/** Chooses field operations and assigns the selected releases to them (or removes them), in one request. */
export function AssignmentDialog({ mode, ...props }: Props) {
  return (
    <Modal opened={mode !== null} onClose={props.onClose} title={mode ? titles[mode] : ''} centered>
      {mode && <AssignmentForm key={mode} mode={mode} {...props} />}
    </Modal>
  )
}

function AssignmentForm({
  mode,
  releaseIds,
  versionsOf,
  seenVersions,
  onScreen,
  onReview,
  onClose,
  onDone,
}: Props & { mode: AssignmentMode }) {
  const queryClient = useQueryClient()
  const { options, pending } = useFieldOperationOptions(mode === 'add' ? 'active' : 'all')
  const [chosen, setChosen] = useState<string[]>([])
  // One key per choice sent from this dialog: Retry after a lost answer gets the first result
  // back (not "0 changed, all skipped"); a different choice is a new request.
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: async () => {
      const expectedVersions = Object.fromEntries(
        releaseIds.flatMap((id) => (seenVersions[id] === undefined ? [] : [[id, seenVersions[id]]])),
      )
      const result = await assignReleases(
        { releaseIds: [...releaseIds], fieldOperationIds: chosen, mode, expectedVersions },
        { idempotencyKey: key.get() },
      )
      // Then the translations of the rows that now are as asked (not those skipped as changed
      // since seen, or for a closed operation): a family follows its row. A key of its own,
      // derived from the first, so that Retry replays both requests rather than repeating them.
      const followed = new Set([
        ...result.changed,
        ...result.skipped.flatMap((skip) => (skip.reason === alreadyAsAsked[mode] ? [skip.id] : [])),
      ])
      const translations = [...followed].flatMap((id) => versionsOf(id).filter((version) => version !== id))
      if (translations.length > 0)
        await assignReleases(
          { releaseIds: translations, fieldOperationIds: chosen, mode, expectedVersions: {} },
          { idempotencyKey: `${key.get()}-translations` },
        )
      return result
    },
    onSuccess: async (result) => {
      key.renew()
      await afterAssignment(queryClient)
      const labels = new Map(options.map((option) => [option.value, option.label]))
      onDone(result, { mode, operations: chosen.map((id) => labels.get(id) ?? id) })
    },
    onError: (error) => key.settle(error),
  })
  const send = () => {
    if (!mutation.isPending) mutation.mutate()
  }
  const count = `${releaseIds.length} ${releaseIds.length === 1 ? 'release' : 'releases'}`
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          {mode === 'add'
            ? `Assign ${count} to the field operations you choose.`
            : `Remove ${count} from the field operations you choose.`}
        </Text>
        {releaseIds.some((id) => versionsOf(id).length > 1) ? (
          <Text size="sm">Their translations go with them.</Text>
        ) : null}
        <MultiSelect
          label="Field operations"
          placeholder={pending ? 'Loading…' : 'Choose field operations'}
          data={options}
          value={chosen}
          onChange={(value) => {
            key.renew()
            setChosen(value)
          }}
          searchable
          comboboxProps={{ withinPortal: true }}
          description={mode === 'add' ? 'Only active operations receive new releases.' : undefined}
        />
        <ChangedReleasesAlert
          releaseIds={releaseIds}
          seenVersions={seenVersions}
          onScreen={onScreen}
          onReview={() => {
            // Other versions make another request: its own key.
            key.renew()
            onReview()
          }}
        />
        {mutation.isError && (
          <ProblemAlert
            error={mutation.error}
            title={mode === 'add' ? 'Not assigned' : 'Not removed'}
            onRetry={send}
            kept="Your choice of releases and field operations is kept."
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={chosen.length === 0} loading={mutation.isPending}>
            {mode === 'add' ? `Assign ${count}` : `Remove ${count}`}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
