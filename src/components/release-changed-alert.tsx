import { Alert, Button, Stack, Text } from '@mantine/core'
import type { Release } from '../api/contract'
import { ReleaseChanges } from './release-changes'

type Props = {
  seen: Release
  current: Release
  knownHistory: ReadonlySet<string> | null
  /** The server refused the decision (409): said as an alert. Otherwise the change was noticed first: said politely. */
  refused: boolean
  reviewing: boolean
  /** The current version is being loaded (after a 409). */
  checking: boolean
  /** Makes the current version the one decided on; offered only once its changes are on screen. */
  onReview: () => void
  /** Said after the first sentence: what stays. */
  kept?: string
}

/**
 * The release moved on since the person opened it: says so, shows what changed, and offers to
 * decide again on the new version. Only the sentence is live; the details are read at will.
 */
export function ReleaseChangedAlert({
  seen,
  current,
  knownHistory,
  refused,
  reviewing,
  checking,
  onReview,
  kept = 'What you typed is still here.',
}: Props) {
  const loaded = current.version !== seen.version
  const sentence = refused
    ? `Nothing was done: it would have applied to a version you have not seen. ${kept}`
    : `Someone changed it while you were deciding. Check what changed before you go on. ${kept}`
  const message = (
    <>
      <Text size="sm" fw={600}>
        This release changed since you opened it
      </Text>
      <Text size="sm">{sentence}</Text>
    </>
  )
  return (
    <Alert color="orange" variant="light" role="none">
      <Stack gap="xs" align="flex-start">
        {refused ? <div role="alert">{message}</div> : <output style={{ display: 'block' }}>{message}</output>}
        {loaded ? (
          <>
            <ReleaseChanges seen={seen} current={current} knownHistory={knownHistory} />
            <Button size="xs" variant="default" loading={reviewing} onClick={onReview}>
              Review the new version
            </Button>
          </>
        ) : (
          // Refused, yet the release loaded is the one seen (it changed and changed back, or could not load): nothing new to read.
          <Text size="sm">
            {checking ? 'Loading what changed…' : 'It is still the version you saw: you can send your decision again.'}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
