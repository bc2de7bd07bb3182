import './styles'
import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Stack } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { useCallback, useRef, useState } from 'react'
import { get, type Resolver, useForm } from 'react-hook-form'
import { type Release, releaseInputSchema } from '../../api/contract'
import { bodyInputId } from './body-field'
import { ConflictPanel } from './conflict-panel'
import { DeleteDraftButton } from './delete-draft-button'
import { ErrorSummary, type SummaryError } from './error-summary'
import { editableKeys, emptyFormValues, formFields, type ReleaseFormOutput, type ReleaseFormValues, sameValue, toFormValues } from './form-values'
import { LeaveGuardModal, useLeaveGuard } from './leave-guard'
import { autosaves } from './permissions'
import { useReferenceOptions } from './reference-options'
import { ReleaseFormFields } from './release-form-fields'
import { RestoreDraftAlert } from './restore-draft-alert'
import { SaveFailedAlert } from './save-failed-alert'
import { SaveStatus } from './save-status'
import { FormKeeper } from './form-keeper'
import { clearLocalDraft, localDraftKey, useLocalDraftOffer } from './use-local-draft'
import { useSaveRelease } from './use-save-release'

type Props = { release: Release | null; canDelete: boolean }

/** The release editor: mounts once its data exists, with the server's values as defaults. */
export function ReleaseForm({ release, canDelete }: Props) {
  const navigate = useNavigate()
  const options = useReferenceOptions()
  const form = useForm<ReleaseFormValues, unknown, ReleaseFormOutput>({
    defaultValues: release ? toFormValues(release) : emptyFormValues(),
    // The form always holds every field, so the contract's input (with its defaults) fits it.
    resolver: zodResolver(releaseInputSchema) as Resolver<ReleaseFormValues, unknown, ReleaseFormOutput>,
    mode: 'onTouched',
    // The error summary takes focus on submit; it links to each field.
    shouldFocusError: false,
  })
  const { control, formState } = form
  const { isDirty, errors } = formState
  const [summaryShown, setSummaryShown] = useState(false)
  const [summaryFocusKey, setSummaryFocusKey] = useState(0)
  const showSummary = () => {
    setSummaryShown(true)
    setSummaryFocusKey((key) => key + 1)
  }

  const guard = useLeaveGuard(isDirty)
  const forgotten = useRef(false)
  const saver = useSaveRelease({
    release,
    form,
    onServerInvalid: showSummary,
    onCreated: (created) => {
      // This form goes away; the copy to keep (if any) now lives under the release's id.
      forgotten.current = true
      guard.allowNext()
      void navigate({ to: '/releases/$id/edit', params: { id: created.id }, replace: true })
    },
  })
  const getValues = useCallback(() => form.getValues(), [form])
  const draftKey = localDraftKey(release?.id ?? null)
  const local = useLocalDraftOffer(draftKey)
  const offered = local.found && !sameValue(local.found.values, form.formState.defaultValues) ? local.found : null

  const submit = form.handleSubmit(
    (values) => {
      setSummaryShown(false)
      return saver.save(values)
    },
    () => {
      saver.setState({ kind: 'invalid' })
      showSummary()
    },
  )
  const validateAndSave = form.handleSubmit(saver.save, () => saver.setState({ kind: 'invalid' }))
  const autosave = () => {
    if (saver.mayAutosave()) void validateAndSave()
  }
  useHotkeys([['mod+S', () => void submit()]], [], true)

  const conflict = saver.state.kind === 'conflict' ? saver.state : null
  const summaryErrors: SummaryError[] = summaryShown
    ? formFields.flatMap(({ name }) => {
        const message = (get(errors, name) as { message?: string } | undefined)?.message
        return message ? [{ name, message }] : []
      })
    : []
  const focusField = (name: (typeof formFields)[number]['name']) => {
    if (name === 'body') document.getElementById(bodyInputId)?.focus()
    else form.setFocus(name)
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={release ? 'Edit release' : 'New release'}>
      <Stack gap="md" maw={900}>
        {offered ? (
          <RestoreDraftAlert
            draft={offered}
            onRestore={() => {
              for (const key of editableKeys) form.setValue(key, offered.values[key], { shouldDirty: true })
              saver.rebase(offered.baseVersion)
              local.dismiss()
            }}
            onDiscard={local.discard}
          />
        ) : null}
        <ErrorSummary errors={summaryErrors} focusKey={summaryFocusKey} onFocusField={focusField} />
        {saver.state.kind === 'failed' ? <SaveFailedAlert error={saver.state.error} creating={saver.base.current.id === null} /> : null}
        {conflict ? (
          <ConflictPanel
            theirs={conflict.theirs}
            mine={conflict.mine}
            myChanges={conflict.myChanges}
            options={options}
            onSaveMerged={(merged) => {
              if (saver.resolveConflict(conflict.theirs, merged)) void submit()
            }}
          />
        ) : null}
        <ReleaseFormFields control={control} options={options} />
        <FormKeeper
          control={control}
          isDirty={isDirty}
          getValues={getValues}
          autosave={{ enabled: autosaves(release) && saver.state.kind !== 'conflict', save: autosave }}
          localDraft={{ key: draftKey, baseVersion: saver.base.current.version, forgotten }}
        />
        <Group justify="space-between" wrap="wrap" style={{ position: 'sticky', bottom: 0 }} py="sm" bg="var(--mantine-color-body)">
          <Group gap="md">
            <Button type="submit" loading={saver.state.kind === 'saving'}>
              Save
            </Button>
            <SaveStatus state={saver.state} isDirty={isDirty} onRetry={() => void submit()} />
          </Group>
          {release && canDelete ? (
            <DeleteDraftButton
              releaseId={release.id}
              title={release.title}
              onDeleted={() => {
                forgotten.current = true
                clearLocalDraft(draftKey)
                guard.allowNext()
                void navigate({ to: '/releases' })
              }}
            />
          ) : null}
        </Group>
      </Stack>
      <LeaveGuardModal blocker={guard.blocker} />
    </form>
  )
}
