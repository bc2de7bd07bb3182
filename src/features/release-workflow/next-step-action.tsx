import { Alert, Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useRef, useState } from 'react'
import type { Release, TransitionAction } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { transitionCopy } from './transition-copy'

// The dialog (its form, the publication time's date picker, the modal and their styles) is not part
// of the editor's first load: it is fetched when a step is chosen, while what was typed is saved first.
const loadDialog = () => import('./transition-dialog-lazy')
const TransitionDialog = lazy(loadDialog)

/**
 * The moves a writer makes where they write, first the one that comes first; an admin returns a
 * scheduled release to draft here to change it (the form stays closed until then).
 */
const primary: TransitionAction[] = ['submit', 'recall', 'unschedule']
/** A reviewer's decision, taken where they corrected the text. */
const decisions: TransitionAction[] = ['approve', 'request-changes']

export type NextStepProps = {
  release: Release
  /**
   * Runs before the dialog opens (the editor saves what was typed): null to go on, or why not,
   * shown beside the button.
   */
  prepare?: (action: TransitionAction) => Promise<string | null>
  onTransitioned: (release: Release) => void
}

/**
 * The one next step the API allows this person now (`release.allowedActions`): Submit for review,
 * Recall from review or (an admin, on a scheduled release) Return to draft, or for a reviewer the decision (Approve, Request changes), confirmed in
 * the same dialog as on the release page. Nothing when none.
 */
export function NextStepAction({ release, prepare, onTransitioned }: NextStepProps) {
  const queryClient = useQueryClient()
  const action = primary.find((candidate) => release.allowedActions.includes(candidate))
  const decide = action ? [] : decisions.filter((candidate) => release.allowedActions.includes(candidate))
  // Four eyes on the content: whoever corrected it last may still send it back, not approve it.
  const correctedLast = decide.length > 0 && !decide.includes('approve')
  // The dialog opens on the version just saved, never on the one before it: a decision names what was seen.
  const [wanted, setWanted] = useState<{ action: TransitionAction; version: number } | null>(null)
  const [preparing, setPreparing] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  // Mounted (closed) once the pointer or focus reaches a step's button, then kept: it is there by
  // the click, and opens as it always did, giving focus back to the button when it closes.
  const [dialogMounted, setDialogMounted] = useState(false)
  const mountDialog = () => setDialogMounted(true)
  // Where focus goes back when the dialog is dismissed: the step's button. (Mantine's own return
  // needs the dialog mounted before it opens, which a first click may beat while its code loads.)
  const returnTo = useRef<HTMLButtonElement | null>(null)
  const shown = wanted?.action ?? action ?? decide[0]
  if (!shown) return null
  const copy = transitionCopy[shown]
  const opened = wanted !== null && release.version >= wanted.version

  const begin = async (chosen: TransitionAction, button: HTMLButtonElement) => {
    returnTo.current = button
    setDialogMounted(true)
    setRefusal(null)
    setPreparing(true)
    const why = await (prepare?.(chosen) ?? Promise.resolve(null)).finally(() => setPreparing(false))
    if (why) return setRefusal(why)
    const cached = queryClient.getQueryData(releaseQueries.detail(release.id).queryKey)
    setWanted({ action: chosen, version: Math.max(cached?.version ?? 0, release.version) })
  }

  return (
    <Stack gap="xs" align="stretch">
      {action ? (
        <Button
          variant={action === 'submit' ? 'filled' : 'default'}
          loading={preparing}
          onPointerEnter={mountDialog}
          onFocus={mountDialog}
          onClick={(event) => void begin(action, event.currentTarget)}
        >
          {transitionCopy[action].button}
        </Button>
      ) : null}
      {decide.map((decision) => (
        <Button
          key={decision}
          variant={decision === 'approve' ? 'filled' : 'default'}
          loading={preparing}
          onPointerEnter={mountDialog}
          onFocus={mountDialog}
          onClick={(event) => void begin(decision, event.currentTarget)}
        >
          {transitionCopy[decision].button}
        </Button>
      ))}
      {correctedLast ? (
        <Text size="xs" c="dimmed">
          You changed its content last, so another reviewer approves it (four eyes).
        </Text>
      ) : null}
      {(action === 'submit' || decide.length > 0) && prepare ? (
        <Text size="xs" c="dimmed">
          Your latest changes are saved first.
        </Text>
      ) : null}
      {refusal ? (
        <Alert color="red" variant="light" title={copy.failed}>
          {refusal}
        </Alert>
      ) : null}
      {dialogMounted ? (
        <Suspense fallback={null}>
          <TransitionDialog
            release={release}
            action={shown}
            opened={opened}
            onClose={() => {
              setWanted(null)
              window.setTimeout(() => {
                if (returnTo.current?.isConnected) returnTo.current.focus()
              }, 20)
            }}
            onDone={(updated) => {
              setWanted(null)
              notifications.show({ color: 'green', message: copy.done })
              onTransitioned(updated)
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  )
}
