import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Stack, Textarea, VisuallyHidden } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { isApiError } from '../../api/api-error'
import { commentInputSchema } from '../../api/contract'
import { commentQueries, postComment } from '../../api/comments'
import { inboxQueries } from '../../api/inbox'
import { ProblemAlert } from '../../components/problem-alert'
import { isKeyAlreadyUsed } from '../../api/problem-message'
import { useIdempotencyKey } from '../../lib/idempotency-key'

type Values = z.input<typeof commentInputSchema>
type Output = z.output<typeof commentInputSchema>

/** "Add a comment": validated with the contract; a failure keeps the text. */
export function CommentForm({ releaseId }: { releaseId: string }) {
  const queryClient = useQueryClient()
  const form = useForm<Values, unknown, Output>({
    defaultValues: { body: '' },
    resolver: zodResolver(commentInputSchema),
    mode: 'onSubmit',
  })
  // One key per comment composed: a Retry after a lost answer never posts it twice.
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: (input: Output) => postComment(releaseId, input, { idempotencyKey: key.get() }),
    onSuccess: () => {
      key.renew()
      form.reset({ body: '' })
      void queryClient.invalidateQueries({ queryKey: commentQueries.list(releaseId).queryKey })
      void queryClient.invalidateQueries({ queryKey: inboxQueries.all() })
    },
    onError: (error) => {
      key.settle(error)
      // The first attempt went through (its answer was lost) before the text was changed: show it.
      if (isKeyAlreadyUsed(error))
        void queryClient.invalidateQueries({ queryKey: commentQueries.list(releaseId).queryKey })
      const message = isApiError(error) ? error.fieldErrors.body : undefined
      if (message) form.setError('body', { type: 'server', message }, { shouldFocus: true })
    },
  })
  const fieldError = isApiError(mutation.error) && mutation.error.fieldErrors.body !== undefined
  // The field empties and the comment joins the stream above: said too, for those who do not see it.
  const posted = mutation.isSuccess && !form.formState.isDirty

  const submit = form.handleSubmit((input) => {
    if (!mutation.isPending) mutation.mutate(input)
  })

  return (
    <form noValidate aria-label="Add a comment" onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <Textarea
          {...form.register('body')}
          label="Add a comment"
          rows={3}
          error={form.formState.errors.body?.message}
        />
        {mutation.isError && !fieldError ? (
          <ProblemAlert
            error={mutation.error}
            title="Your comment was not posted"
            onRetry={() => void submit()}
            kept="Your comment is still here."
          />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
            Post
          </Button>
        </Group>
        <VisuallyHidden component="output">{posted ? 'Your comment was posted.' : ''}</VisuallyHidden>
      </Stack>
    </form>
  )
}
