import { Alert, Button, Stack, Text } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { IconLanguage } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import type { Release } from '../../api/contract'
import { releaseQueries, updateRelease } from '../../api/releases'
import { ContentChangeDiff } from '../../components/content-change-diff'
import { ProblemAlert } from '../../components/problem-alert'
import { useLanguages } from '../../lib/language-names'
import { ConfirmTranslationDialog } from './confirm-translation-dialog'

type Props = {
  release: Release
  /**
   * Offers "Mark as up to date" to its translator and "Confirm still correct" to a reviewer (the
   * release page); the editor shows the changes only, beside its own save.
   */
  canConfirm?: boolean
}

/**
 * On a translation whose original's words changed since it was made (decision 0020): what
 * changed in the original, word by word, and, for whoever may change the translation, the
 * way to say it follows the original again (it then needs a review like any change); for a
 * reviewer, the way to confirm it is still correct as it is (it keeps its status and approval).
 */
export function StaleTranslation({ release, canConfirm = true }: Props) {
  const queryClient = useQueryClient()
  const languages = useLanguages()
  const original = useQuery({ ...releaseQueries.detail(release.originalId ?? ''), enabled: release.stale })
  const [confirming, setConfirming] = useState(false)
  // Said where the panel was once it was marked or confirmed here, and given focus: its buttons are gone.
  const [settled, setSettled] = useState<{ title: string; detail: string } | null>(null)
  const done = useRef<HTMLOutputElement>(null)
  useEffect(() => {
    if (settled && !release.stale) done.current?.focus()
  }, [settled, release.stale])
  const mark = useMutation({
    mutationFn: (revision: number) =>
      updateRelease(release.id, { basedOnRevision: revision, version: release.version }),
    onSuccess: (updated) => {
      setSettled({
        title: 'Marked as up to date with the original',
        detail:
          updated.status === 'draft' || updated.status === 'changes-requested'
            ? 'It is reviewed again once submitted, like any change.'
            : 'It is reviewed again, like any change.',
      })
      queryClient.setQueryData(releaseQueries.detail(updated.id).queryKey, updated)
      void queryClient.invalidateQueries({ queryKey: releaseQueries.details() })
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
    },
    // The original changed again meanwhile: show its words as they are now before anyone marks anything.
    onError: () => void original.refetch(),
  })
  if (settled && !release.stale)
    return (
      <output ref={done} tabIndex={-1} style={{ display: 'block', outline: 'none' }}>
        <Alert color="green" variant="light" role="none" title={settled.title}>
          <Text size="sm">{settled.detail}</Text>
        </Alert>
      </output>
    )
  if (!release.stale || !release.basedOn) return null
  const originalName = original.data ? languages.nameOf(original.data.language) : ''
  const mayMark = canConfirm && release.allowedActions.includes('edit')
  const mayConfirm = canConfirm && release.allowedActions.includes('confirm-translation')
  const languageName = languages.nameOf(release.language)
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconLanguage aria-hidden />}
      title="Needs update: the original changed after this translation was made"
      // Mantine's light orange title is 3.6:1 on its background: the text colour carries the words.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {release.status === 'published'
            ? 'It is published as it was translated, and counts as out of date until it says what the original says now.'
            : 'It cannot be approved until it says what the original says now.'}{' '}
          What changed in the original
          {original.data ? ` (${originalName})` : ''} since:
        </Text>
        {original.data ? (
          <ContentChangeDiff
            before={release.basedOn}
            after={original.data}
            sameText="The original reads as it did: only its revision moved on."
          />
        ) : original.isError ? (
          <ProblemAlert error={original.error} title="The original could not be loaded" reading kept={null} />
        ) : (
          <Text size="sm" c="dimmed">
            Loading the original…
          </Text>
        )}
        {mayMark && original.data ? (
          <div>
            <Button
              variant="default"
              size="xs"
              loading={mark.isPending}
              onClick={() => mark.mutate(original.data.contentRevision)}
            >
              Mark as up to date
            </Button>
            <Text size="xs" c="dimmed" mt={4}>
              Once the translation says what the original now says. It is then reviewed again.
            </Text>
          </div>
        ) : null}
        {mayConfirm && original.data ? (
          <div>
            <Button variant="default" size="xs" onClick={() => setConfirming(true)}>
              Confirm still correct
            </Button>
            <Text size="xs" c="dimmed" mt={4}>
              When these changes need nothing changed in the {languageName} translation: it keeps its text and status
              {release.status === 'in-review' ? ', and can then be approved.' : ', and its approval.'}
            </Text>
            <ConfirmTranslationDialog
              release={release}
              original={original.data}
              languageName={languageName}
              originalLanguageName={originalName}
              opened={confirming}
              onClose={() => setConfirming(false)}
              onConfirmed={(title) =>
                setSettled({ title, detail: 'The history records your confirmation; its translator is told.' })
              }
              onConflict={() => {
                void original.refetch()
                void queryClient.invalidateQueries({ queryKey: releaseQueries.detail(release.id).queryKey })
              }}
            />
          </div>
        ) : null}
        {mark.isError ? <ProblemAlert error={mark.error} title="Not marked as up to date" kept={null} /> : null}
      </Stack>
    </Alert>
  )
}
