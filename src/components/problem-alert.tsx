import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { describeProblem, type ProblemMessage } from '../api/problem-message'

type Props = {
  error: unknown
  /** What did not happen, said before what happened: "Your comment was not posted", "Not saved". */
  title: string
  /**
   * When no answer came it may have happened: said after what happened instead of `title`
   * ("it may not have been saved"). Without it, what happened alone ("No connection").
   */
  unsure?: string
  /**
   * Why trying again is safe although it may have happened, said when no answer came. With
   * `onRetry`, by default: "If it went through before the connection dropped, Retry will not do it twice."
   */
  retryNote?: string
  /** What the person keeps, said after what happened; null when nothing is kept. */
  kept?: string | null
  /** Sends the same thing again: a Retry button, offered when trying again may help (describeProblem's retrySafe). */
  onRetry?: () => void
  /** A button offered whatever went wrong, in place of Retry (the form's Retry, Reload after a failed load). */
  action?: { label: string; onClick: () => void }
  /** Where the way to try again is when it is not in this alert ("Press Delete"); said when trying again may help. */
  retryElsewhere?: string
  /** The call only read (a load, an export): without an answer nothing was done. */
  reading?: boolean
  /** This screen's own words for some failures (a 403 about reference data), over describeProblem's. */
  reword?: (problem: ProblemMessage) => ProblemMessage
}

const defaultRetryNote = 'If it went through before the connection dropped, Retry will not do it twice.'
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The one alert for a failed call, in describeProblem's wording: what did not happen (or, with
 * no answer, that it may have), why, whether Retry is safe, and what the person keeps.
 */
export function ProblemAlert({
  error,
  title,
  unsure,
  retryNote,
  kept = 'What you typed is still here.',
  onRetry,
  action,
  retryElsewhere,
  reading,
  reword = (problem) => problem,
}: Props) {
  const problem = reword(describeProblem(error, { reading }))
  const heading = problem.done
    ? problem.title
    : problem.mayHaveHappened
      ? unsure
        ? `${problem.title}: ${unsure}`
        : problem.title
      : // A refusal reworded to no title of its own ("Albania was not deleted", then the server's reason).
        [title, problem.title].filter(Boolean).join(': ')
  // No answer: it may have gone through. Retry sends the same Idempotency-Key (or version), so never twice.
  const note = problem.mayHaveHappened ? (retryNote ?? (onRetry ? defaultRetryNote : undefined)) : undefined
  const elsewhere =
    retryElsewhere && problem.retrySafe
      ? note
        ? `${retryElsewhere}: ${lowerFirst(note)}`
        : `${retryElsewhere} to try again.`
      : undefined
  const sentences = [problem.message, elsewhere ? undefined : note, kept, elsewhere]
  const button = action ?? (onRetry && problem.retrySafe ? { label: 'Retry', onClick: onRetry } : undefined)
  return (
    <Alert
      color={problem.done ? 'blue' : 'red'}
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={heading}
    >
      <Text size="sm">{sentences.filter(Boolean).join(' ')}</Text>
      {button ? (
        <Group mt="xs">
          <Button size="compact-sm" variant="default" onClick={button.onClick}>
            {button.label}
          </Button>
        </Group>
      ) : null}
    </Alert>
  )
}
