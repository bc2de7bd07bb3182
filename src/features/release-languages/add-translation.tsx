import { Button, Group, NativeSelect, Stack } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { isApiError } from '../../api/api-error'
import type { Language, Release } from '../../api/contract'
import { createTranslation, releaseQueries } from '../../api/releases'
import { ProblemAlert } from '../../components/problem-alert'
import { useIdempotencyKey } from '../../lib/idempotency-key'
import { languageLabel } from '../../lib/language-names'

type Props = {
  release: Release
  /** The languages the family has no version in. */
  missing: Language[]
  /** False while the languages are still on their way. */
  loaded: boolean
}

/**
 * "Translate into": a new draft of the caller's in a language the family lacks, from the
 * original's words; its editor opens at once, the original beside it.
 */
export function AddTranslation({ release, missing, loaded }: Props) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [language, setLanguage] = useState('')
  const [unchosen, setUnchosen] = useState(false)
  const key = useIdempotencyKey()
  const mutation = useMutation({
    mutationFn: (code: string) => createTranslation(release.id, { language: code }, { idempotencyKey: key.get() }),
    onSuccess: (created) => {
      key.renew()
      queryClient.setQueryData(releaseQueries.detail(created.id).queryKey, created)
      // Every version of the family lists its versions, and the lists have a new release.
      void queryClient.invalidateQueries({ queryKey: releaseQueries.details() })
      void queryClient.invalidateQueries({ queryKey: releaseQueries.lists() })
      void navigate({ to: '/releases/$id/edit', params: { id: created.id } })
    },
    onError: (error) => key.settle(error),
  })
  const fieldError =
    (unchosen ? 'Choose the language to translate into' : undefined) ??
    (isApiError(mutation.error) ? mutation.error.fieldErrors.language : undefined)

  if (loaded && missing.length === 0) return null
  return (
    <form
      noValidate
      aria-label="Add a translation"
      onSubmit={(event) => {
        event.preventDefault()
        if (!language) return setUnchosen(true)
        if (!mutation.isPending) mutation.mutate(language)
      }}
    >
      <Stack gap="xs" mt="md">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label="Translate into"
            value={language}
            onChange={(event) => {
              setLanguage(event.currentTarget.value)
              setUnchosen(false)
            }}
            disabled={!loaded}
            error={fieldError}
            data={[
              { value: '', label: loaded ? 'Choose a language' : 'Loading languages…' },
              ...missing.map((option) => ({ value: option.code, label: languageLabel(option) })),
            ]}
            style={{ flex: '1 1 12rem' }}
          />
          <Button type="submit" variant="default" loading={mutation.isPending}>
            Add translation
          </Button>
        </Group>
        {mutation.isError && !fieldError ? (
          <ProblemAlert
            error={mutation.error}
            title="No translation was added"
            kept={null}
            onRetry={() => mutation.mutate(language)}
          />
        ) : null}
      </Stack>
    </form>
  )
}
