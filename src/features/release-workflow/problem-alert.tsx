import { Alert } from '@mantine/core'
import { isApiError } from '../../api/api-error'

/** A failed write said plainly; what was typed stays in the form. */
export function ProblemAlert({ error, title }: { error: unknown; title: string }) {
  const message = isApiError(error)
    ? error.status === 0
      ? (error.detail ?? error.title)
      : error.status === 403
        ? `You are not allowed to do this: ${error.detail ?? error.title}`
        : (error.detail ?? error.title)
    : 'Something went wrong. Try again.'
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {message}
    </Alert>
  )
}
