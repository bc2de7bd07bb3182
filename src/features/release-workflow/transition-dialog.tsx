import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { isApiError } from '../../api/api-error'
import { type Release, type TransitionAction, type TransitionInput, whyNot } from '../../api/contract'
import { transitionRelease } from '../../api/releases'
import { useAuth } from '../../lib/auth/use-auth'
import { formatDateTime } from '../../lib/format'
import { afterTransition } from './after-transition'
import { ReleaseChangedAlert } from '../../components/release-changed-alert'
import { useSeenRelease } from '../../lib/use-seen-release'
import { ProblemAlert } from '../../components/problem-alert'
import { PublishTimeField } from './publish-time-field'
import { transitionCopy } from './transition-copy'
import {
  emptyTransitionForm,
  isTransitionFormField,
  transitionResolver,
  type TransitionFormValues,
} from './transition-form'
import { isKeyAlreadyUsed } from '../../api/problem-message'
import { useIdempotencyKey } from '../../lib/idempotency-key'

type Props = {
  release: Release
  /** The dialog's action; it keeps its title while closing. */
  action: TransitionAction
  opened: boolean
  onClose: () => void
  /** `next`: the person chose "… and next" (offered with `offerNext` on a reviewer's decision). */
  onDone: (release: Release, options: { next: boolean }) => void
  /** Offer "Approve and next" / "Request changes and next" beside the decision. */
  offerNext?: boolean
}

/** A workflow step confirmed in a dialog: its comment, and for an approval its publication time. */
export function TransitionDialog({ release, action, opened, onClose, onDone, offerNext = false }: Props) {
  const copy = transitionCopy[action]
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={copy.title}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? (
        <TransitionForm
          key={action}
          release={release}
          action={action}
          onCancel={onClose}
          onDone={onDone}
          offerNext={offerNext}
        />
      ) : null}
    </Modal>
  )
}

function TransitionForm({
  release,
  action,
  onCancel,
  onDone,
  offerNext,
}: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const copy = transitionCopy[action]
  const queryClient = useQueryClient()
  const { user } = useAuth()
  // The release as the person saw it when the dialog opened: the decision names its version,
  // never the cache's freshest, which a refetch may have changed behind the modal (issue #10).
  const seen = useSeenRelease(release)
  const form = useForm<TransitionFormValues, unknown, TransitionInput>({
    defaultValues: emptyTransitionForm,
    // react-hook-form takes its options anew on every render: after "Review the new version", the new one.
    resolver: transitionResolver(action, () => ({ version: seen.release.version, now: new Date() })),
    mode: 'onTouched',
  })
  const [reviewed, setReviewed] = useState(false)
  const nextButton = offerNext ? copy.nextButton : undefined
  // This dialog is one intent: a Retry after a lost answer must not move the release twice.
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: ({ input }: { input: TransitionInput; next: boolean }) =>
      transitionRelease(release.id, input, { idempotencyKey: key.get() }),
    onSuccess: (updated, { next }) => {
      key.renew()
      afterTransition(queryClient, updated)
      onDone(updated, { next })
    },
    onError: (error) => {
      key.settle(error)
      // Refused as stale, or the first attempt went through (its answer was lost): show where the release is now.
      if (isKeyAlreadyUsed(error) || (isApiError(error) && error.status === 409)) seen.refresh()
      if (!isApiError(error) || error.status !== 422) return
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        if (isTransitionFormField(path)) form.setError(path, { type: 'server', message }, { shouldFocus: true })
      }
    },
  })
  const conflict = isApiError(mutation.error) && mutation.error.status === 409
  // Moved on by this very dialog (its first attempt's answer was lost): "Already done" says so, not a change by others.
  const changed = conflict || (seen.changed && !isKeyAlreadyUsed(mutation.error))
  const fieldsOnly =
    isApiError(mutation.error) &&
    mutation.error.status === 422 &&
    !isKeyAlreadyUsed(mutation.error) &&
    Object.keys(mutation.error.fieldErrors).some(isTransitionFormField)
  const stillAllowed = release.allowedActions.includes(action)
  const notAllowed = user
    ? whyNot(action, user, {
        status: release.status,
        authorId: release.author.id,
        contentEditedById: release.contentEditedBy.id,
      })?.detail
    : undefined

  const review = async () => {
    if (await seen.adopt()) {
      // A new decision: its own key, no old answer on screen, the person back where they type.
      key.renew()
      mutation.reset()
      setReviewed(true)
      form.setFocus('comment')
    }
  }

  // `next`: the decision and then the next release in the queue ("Approve and next").
  const submitWith = (next: boolean) =>
    form.handleSubmit((input) => {
      // Sent once: a second press while the first is on its way does nothing.
      if (mutation.isPending) return
      setReviewed(false)
      mutation.mutate({ input, next })
    })
  const submit = submitWith(false)

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={copy.title}>
      <Stack gap="md">
        {action === 'unschedule' && seen.release.scheduledAt ? (
          // What is cancelled, said with its time: the person undoes a planned publication knowingly.
          <Text size="sm">
            It is scheduled for publication on{' '}
            <Text span fw={600}>
              <time dateTime={seen.release.scheduledAt}>{formatDateTime(seen.release.scheduledAt)}</time>
            </Text>
            . {copy.description}
          </Text>
        ) : (
          <Text size="sm">{copy.description}</Text>
        )}
        {action === 'approve' ? (
          <PublishTimeField form={form} now={() => new Date()} datelineDate={seen.release.dateline.date} />
        ) : null}
        <Textarea
          {...form.register('comment')}
          label={copy.commentLabel}
          withAsterisk={copy.commentRequired}
          rows={4}
          error={form.formState.errors.comment?.message}
          data-autofocus={action !== 'approve' || undefined}
        />
        {changed ? (
          <ReleaseChangedAlert
            seen={seen.release}
            current={release}
            knownHistory={seen.knownHistory}
            refused={conflict}
            reviewing={seen.adopting}
            checking={seen.checking}
            onReview={() => void review()}
          />
        ) : null}
        {!changed && reviewed ? (
          // Said politely, not as an alert: nothing went wrong this time.
          <output style={{ display: 'block' }}>
            <Alert color="blue" variant="light" role="none" title="You are now deciding on the new version">
              Version {seen.release.version}. Your text is still here.
            </Alert>
          </output>
        ) : null}
        {mutation.isError && !conflict && !fieldsOnly ? (
          <ProblemAlert
            error={mutation.error}
            title={copy.failed}
            onRetry={() => void submitWith(mutation.variables?.next ?? false)()}
          />
        ) : null}
        {!stillAllowed ? (
          <Alert color="gray" variant="light" title="This can no longer be done">
            {notAllowed ?? 'The release has moved on since you opened this dialog.'}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          {/* The form's one submit button: Enter in a field decides without moving on. */}
          <Button
            type="submit"
            loading={mutation.isPending && !mutation.variables.next}
            disabled={mutation.isPending || !stillAllowed}
          >
            {copy.button}
          </Button>
          {nextButton ? (
            <Button
              variant="light"
              loading={mutation.isPending && mutation.variables.next}
              disabled={mutation.isPending || !stillAllowed}
              onClick={() => void submitWith(true)()}
            >
              {nextButton}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  )
}
