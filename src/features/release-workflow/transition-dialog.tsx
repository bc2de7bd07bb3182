import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { type Release, type TransitionAction, type TransitionInput, whyNot } from '../../api/contract'
import { releaseQueries, transitionRelease } from '../../api/releases'
import { useAuth } from '../auth/use-auth'
import { afterTransition } from './after-transition'
import { ConflictAlert } from './conflict-alert'
import { ProblemAlert } from './problem-alert'
import { PublishTimeField } from './publish-time-field'
import { transitionCopy } from './transition-copy'
import { emptyTransitionForm, isTransitionFormField, transitionResolver, type TransitionFormValues } from './transition-form'
import { isKeyAlreadyUsed } from '../../api/problem-message'
import { useIdempotencyKey } from '../../components/form/use-idempotency-key'

type Props = {
  release: Release
  /** The dialog's action; it keeps its title while closing. */
  action: TransitionAction
  opened: boolean
  onClose: () => void
  onDone: (release: Release) => void
}

/** A workflow step confirmed in a dialog: its comment, and for an approval its publication time. */
export function TransitionDialog({ release, action, opened, onClose, onDone }: Props) {
  const copy = transitionCopy[action]
  return (
    <Modal opened={opened} onClose={onClose} title={copy.title} centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <TransitionForm key={action} release={release} action={action} onCancel={onClose} onDone={onDone} /> : null}
    </Modal>
  )
}

function TransitionForm({ release, action, onCancel, onDone }: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const copy = transitionCopy[action]
  const queryClient = useQueryClient()
  const { user } = useAuth()
  const form = useForm<TransitionFormValues, unknown, TransitionInput>({
    defaultValues: emptyTransitionForm,
    // The freshest version known: after "Reload the release" the cache holds theirs.
    resolver: transitionResolver(action, () => ({
      version: queryClient.getQueryData(releaseQueries.detail(release.id).queryKey)?.version ?? release.version,
      now: new Date(),
    })),
    mode: 'onTouched',
  })
  const [reload, setReload] = useState<'idle' | 'reloading' | 'reloaded'>('idle')
  // This dialog is one intent: a Retry after a lost answer must not move the release twice.
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: (input: TransitionInput) => transitionRelease(release.id, input, { idempotencyKey: key.get() }),
    onSuccess: (updated) => {
      key.renew()
      afterTransition(queryClient, updated)
      onDone(updated)
    },
    onError: (error) => {
      key.settle(error)
      // The first attempt went through (its answer was lost) before the comment was changed: show where the release is now.
      if (isKeyAlreadyUsed(error)) void queryClient.invalidateQueries({ queryKey: releaseQueries.detail(release.id).queryKey })
      if (!isApiError(error) || error.status !== 422) return
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        if (isTransitionFormField(path)) form.setError(path, { type: 'server', message }, { shouldFocus: true })
      }
    },
  })
  const conflict = isApiError(mutation.error) && mutation.error.status === 409
  const fieldsOnly =
    isApiError(mutation.error) && mutation.error.status === 422 && !isKeyAlreadyUsed(mutation.error) && Object.keys(mutation.error.fieldErrors).some(isTransitionFormField)
  const stillAllowed = release.allowedActions.includes(action)
  const notAllowed = user ? whyNot(action, user, { status: release.status, authorId: release.author.id })?.detail : undefined

  const reloadRelease = async () => {
    setReload('reloading')
    try {
      await queryClient.fetchQuery({ ...releaseQueries.detail(release.id), staleTime: 0 })
      setReload('reloaded')
      mutation.reset()
    } catch {
      setReload('idle')
    }
  }

  const submit = form.handleSubmit((input) => {
    // Sent once: a second press while the first is on its way does nothing.
    if (mutation.isPending) return
    // "Reloaded" was about the last attempt; this one gets its own answer.
    if (reload === 'reloaded') setReload('idle')
    mutation.mutate(input)
  })

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={copy.title}>
      <Stack gap="md">
        <Text size="sm">{copy.description}</Text>
        {action === 'approve' ? <PublishTimeField form={form} now={() => new Date()} /> : null}
        <Textarea
          {...form.register('comment')}
          label={copy.commentLabel}
          withAsterisk={copy.commentRequired}
          rows={4}
          error={form.formState.errors.comment?.message}
          data-autofocus={action !== 'approve' || undefined}
        />
        {conflict ? <ConflictAlert reloading={reload === 'reloading'} reloaded={false} onReload={() => void reloadRelease()} /> : null}
        {!conflict && reload === 'reloaded' ? <ConflictAlert reloading={false} reloaded onReload={() => undefined} /> : null}
        {mutation.isError && !conflict && !fieldsOnly ? <ProblemAlert error={mutation.error} title={copy.failed} onRetry={() => void submit()} /> : null}
        {!stillAllowed ? (
          <Alert color="gray" variant="light" title="This can no longer be done">
            {notAllowed ?? 'The release has moved on since you opened this dialog.'}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending || !stillAllowed}>
            {copy.button}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
