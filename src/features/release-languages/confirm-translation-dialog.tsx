import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError } from '../../api/api-error'
import type { Release } from '../../api/contract'
import { inboxQueries } from '../../api/inbox'
import { releaseHistoryQueries } from '../../api/release-history'
import { releaseQueries, transitionRelease } from '../../api/releases'
import { ProblemAlert } from '../../components/problem-alert'
import { releaseStatusLabel } from '../../components/status-badge'
import { useIdempotencyKey } from '../../lib/idempotency-key'

type Props = {
  release: Release
  /** The original as the reviewer compared it: its revision is what the confirmation names. */
  original: Release
  languageName: string
  originalLanguageName: string
  opened: boolean
  onClose: () => void
  /** The original changed again, or the translation moved on: read both anew. */
  onConflict: () => void
  /** Confirmed: what to say, where the panel was. */
  onConfirmed: (message: string) => void
}

const commentMax = 2000

/**
 * A reviewer's confirmation that a stale translation still says what its original says now
 * (decision 0020): said plainly before it is done, with an optional note for its translator. It
 * names the translation's version and the original's revision the reviewer compared, so that a
 * change by someone else meanwhile is a 409, never a confirmation of words nobody saw.
 */
export function ConfirmTranslationDialog({ opened, onClose, ...rest }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Confirm the translation is still correct"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? <ConfirmForm onClose={onClose} {...rest} /> : null}
    </Modal>
  )
}

function ConfirmForm({
  release,
  original,
  languageName,
  originalLanguageName,
  onClose,
  onConflict,
  onConfirmed,
}: Omit<Props, 'opened'>) {
  const queryClient = useQueryClient()
  // What the reviewer decides on: the versions shown when the dialog opened, not a refetch's.
  const [seen] = useState(() => ({ version: release.version, originalRevision: original.contentRevision }))
  const [comment, setComment] = useState('')
  const tooLong = comment.trim().length > commentMax
  // One intent: a Retry after a lost answer must not confirm twice.
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: () =>
      transitionRelease(
        release.id,
        {
          action: 'confirm-translation',
          version: seen.version,
          originalRevision: seen.originalRevision,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
        { idempotencyKey: key.get() },
      ),
    onSuccess: (updated) => {
      key.renew()
      queryClient.setQueryData(releaseQueries.detail(updated.id).queryKey, updated)
      // Every version's page lists the family's versions, this one's "Needs update" among them.
      void queryClient.invalidateQueries({ queryKey: releaseQueries.details() })
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      void queryClient.invalidateQueries({ queryKey: releaseHistoryQueries.detail(updated.id).queryKey })
      void queryClient.invalidateQueries({ queryKey: inboxQueries.all() })
      onConfirmed(
        `Confirmed still correct: the ${languageName} translation follows the ${originalLanguageName} original as it is now.`,
      )
      onClose()
    },
    onError: (error) => {
      key.settle(error)
      if (isApiError(error) && error.status === 409) onConflict()
    },
  })
  const status = releaseStatusLabel(release.status).toLowerCase()
  // In review it has no approval yet: the confirmation lets it be approved; elsewhere its approval stands.
  const keeps =
    release.status === 'in-review'
      ? 'It stays in review, and can then be approved.'
      : `It stays ${status}, with its approval: no new review is needed.`

  return (
    <form
      noValidate
      aria-label="Confirm the translation is still correct"
      onSubmit={(event) => {
        event.preventDefault()
        if (!tooLong && !mutation.isPending) mutation.mutate()
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          You confirm that this {languageName} translation still says what the {originalLanguageName} original says now,
          with the changes shown on the page (revision {seen.originalRevision} of the original). Do this only when those
          changes need nothing changed in the translation.
        </Text>
        <List fz="sm" spacing={2} withPadding my={0}>
          <List.Item>Its text stays as it is.</List.Item>
          <List.Item>{keeps}</List.Item>
          <List.Item>It no longer shows “Needs update”; its history records your confirmation.</List.Item>
          <List.Item>Its translator is told.</List.Item>
        </List>
        <Textarea
          label="Note for its translator (optional)"
          description="Why it still holds, for instance: only a typo in the original was corrected."
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          rows={3}
          error={tooLong ? `Comment must be at most ${commentMax} characters` : undefined}
          data-autofocus
        />
        {mutation.isError ? (
          <ProblemAlert
            error={mutation.error}
            title="Not confirmed"
            onRetry={() => mutation.mutate()}
            kept={comment.trim() ? 'Your note is still here.' : null}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            Confirm still correct
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
