import './styles'
import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Stack } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { type RefObject, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { get, type Resolver, useForm } from 'react-hook-form'
import { type Release, releaseInputSchema } from '../../api/contract'
import { bodyInputId } from './body-field'
import { otherSide } from './other-side'
import { useRefreshOnReturn } from './use-refresh-on-return'
import { ProblemAlert } from '../../components/problem-alert'
import type { SummaryError } from './error-summary'
import { useAuth } from '../../lib/auth/use-auth'
import {
  changedKeys,
  editableKeys,
  emptyFormValues,
  formFields,
  type ReleaseFormOutput,
  type ReleaseFormValues,
  sameValue,
  toFormValues,
} from './form-values'
import { LeaveGuardModal, useLeaveGuard } from './leave-guard'
import { autosaves } from './permissions'
import { useReferenceOptions } from './reference-options'
import { ReleaseFormFields } from './release-form-fields'
import { RestoreDraftAlert } from './restore-draft-alert'
import { SaveStatus } from './save-status'
import { FormKeeper } from './form-keeper'
import { clearLocalCopy } from '../../lib/local-copy-keys'
import { writeLocalCopy } from './local-copy-store'
import { movedOnOf } from './moved-on'
import { UnreadableCopyNote } from './unreadable-copy-note'
import { localCopyKey, useLocalCopyOffer } from './use-local-copy'
import { useSaveAsNew } from './use-save-as-new'
import { useSaveRelease } from './use-save-release'
import { lazyFetchedWhenIdle } from './second-pass'

// What a form shows only now and then is not part of its first load (see now-and-then.ts).
const nowAndThen = () => import('./now-and-then')
const ConflictPanel = lazyFetchedWhenIdle(() => nowAndThen().then((module) => ({ default: module.ConflictPanel })))
const ErrorSummary = lazyFetchedWhenIdle(() => nowAndThen().then((module) => ({ default: module.ErrorSummary })))
const NewerVersionBanner = lazyFetchedWhenIdle(() =>
  nowAndThen().then((module) => ({ default: module.NewerVersionBanner })),
)
const MovedOnPanel = lazyFetchedWhenIdle(() => nowAndThen().then((module) => ({ default: module.MovedOnPanel })))
// Delete draft, with its confirmation dialog (Mantine's Modal): at the end of the form, an inert
// button of the same look holds its place until it is here.
const DeleteDraftButton = lazyFetchedWhenIdle(() =>
  import('../../components/delete-draft-button').then((module) => ({ default: module.DeleteDraftButton })),
)

type Props = {
  /** The release as the server says now (a live query); null for a new one. */
  release: Release | null
  canDelete: boolean
  /** Who types: their local copies only. */
  user: { id: string }
  /** The release answered 404 since the form opened (deleted, or the demo data was reset). */
  gone?: boolean
  /** Set to "save what was typed" while the form is here: a workflow step runs it first (see saveFirst). */
  saveFirstRef?: RefObject<SaveFirst | null>
}

/** Saves what was typed: null once all of it is saved, or why it is not (the form shows the details). */
export type SaveFirst = () => Promise<string | null>

/** The release editor: mounts once its data exists, with the server's values as defaults. */
export function ReleaseForm({ release, canDelete, user, gone = false, saveFirstRef }: Props) {
  const navigate = useNavigate()
  const { auth, user: signedIn } = useAuth()
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
  // Set once the text has a home elsewhere (created, deleted, saved as new): nothing more is kept here.
  const forgotten = useRef(false)
  const releaseId = release?.id ?? null
  const copyKey = useCallback(() => localCopyKey(user.id, releaseId), [user.id, releaseId])
  const keepCopy = () => {
    // Nothing after the person signed out: their copies are removed then, and must not come back.
    // A session the server ended is not that: the copy is what they find when they sign in again.
    if (forgotten.current || auth.signedOutBecause === 'person') return
    const attempt = saver.pendingCreate()
    const values = form.getValues()
    const base = saver.base()
    if (!attempt && changedKeys(values, base.values).length === 0) return
    writeLocalCopy(copyKey(), { values, baseVersion: base.version, createAttempt: attempt })
  }
  const saver = useSaveRelease({
    release,
    userId: user.id,
    copyKey,
    keepCopyNow: () => keepCopy(),
    form,
    onServerInvalid: showSummary,
    onCreated: (created) => {
      // This form goes away; the copy to keep (if any) now lives under the release's id.
      forgotten.current = true
      guard.allowNext()
      void navigate({ to: '/releases/$id/edit', params: { id: created.id }, replace: true })
    },
  })
  const local = useLocalCopyOffer(user.id, releaseId)
  const offered = local.offer && !sameValue(local.offer.copy.values, form.formState.defaultValues) ? local.offer : null

  const movedOn = movedOnOf(release, gone, saver.state)
  useRefreshOnReturn(releaseId)
  // A version saved since this form's (another tab, someone else): said at once, unless a save or a conflict speaks already.
  const settled = !['saving', 'conflict', 'failed'].includes(saver.state.kind) && !saver.isSending()
  const newer = release && !movedOn && settled ? saver.newerThanBase(release) : 'no'
  useEffect(() => {
    if (release && newer === 'metadata') saver.followMetadata(release)
  })
  // Once a newer version is loaded, the person goes on where they write, not on the banner that went.
  const [loaded, setLoaded] = useState<number | null>(null)
  useEffect(() => {
    if (loaded !== null) form.setFocus('title')
  }, [loaded, form])
  const saveAsNew = useSaveAsNew((created) => {
    forgotten.current = true
    clearLocalCopy(copyKey())
    guard.allowNext()
    void navigate({ to: '/releases/$id/edit', params: { id: created.id } })
  })

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
  const submitAsNew = form.handleSubmit((values) => {
    setSummaryShown(false)
    saveAsNew.mutate(values)
  }, showSummary)
  const saveFirst: SaveFirst = async () => {
    if (movedOn) return 'This release has moved on: your text cannot be saved to it.'
    if (saver.state.kind === 'saving') return 'Your changes are still being saved: try again in a moment.'
    if (saver.state.kind === 'conflict')
      return 'Someone else saved this release meanwhile: settle the conflict above the form and save first.'
    const unsaved = () => changedKeys(form.getValues(), saver.base().values).length > 0
    if (unsaved()) await submit()
    if (!unsaved()) return null
    return Object.keys(form.formState.errors).length > 0
      ? 'Some fields need attention (listed above the form). Nothing was submitted; everything you typed is still here.'
      : 'Your changes could not be saved, so nothing was submitted. Everything you typed is still here.'
  }
  useEffect(() => {
    if (!saveFirstRef) return
    saveFirstRef.current = saveFirst
    return () => {
      saveFirstRef.current = null
    }
  })

  // Once the release moved on, a habitual Ctrl+S must not make a new release: that is the panel's button.
  useHotkeys([['mod+S', () => void (movedOn ? undefined : submit())]], [], true)

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
        {local.unreadable ? <UnreadableCopyNote onClose={local.dismissUnreadable} /> : null}
        {movedOn ? (
          <Suspense fallback={null}>
            <MovedOnPanel
              movedOn={movedOn}
              values={() => form.getValues()}
              onSaveAsNew={() => void submitAsNew()}
              saving={saveAsNew.isPending}
              saveError={saveAsNew.error}
            />
          </Suspense>
        ) : null}
        {offered ? (
          <RestoreDraftAlert
            offer={offered}
            onRestore={() => {
              for (const key of editableKeys) form.setValue(key, offered.copy.values[key], { shouldDirty: true })
              saver.rebase(offered.copy.baseVersion)
              saver.resumeCreate(offered.copy.createAttempt)
              local.take(offered)
            }}
            onDiscard={() => local.discard(offered)}
          />
        ) : null}
        {summaryShown ? (
          // Drawn from a failed submit to the next save: it takes focus once per failed submit.
          <Suspense fallback={null}>
            <ErrorSummary errors={summaryErrors} focusKey={summaryFocusKey} onFocusField={focusField} />
          </Suspense>
        ) : null}
        {saver.state.kind === 'failed' && !movedOn ? (
          <ProblemAlert
            error={saver.state.error}
            title="Your changes were not saved"
            unsure="your changes may not have been saved"
            retryNote={
              saver.base().id === null
                ? 'If the release was made before the connection dropped, Retry will not make it twice.'
                : undefined
            }
            kept="Everything you typed is still here."
            retryElsewhere="Use Retry beside Save"
          />
        ) : null}
        {release && newer === 'yes' ? (
          <Suspense fallback={null}>
            <NewerVersionBanner
              newer={release}
              shownVersion={saver.base().version}
              other={otherSide(release, signedIn?.id ?? null)}
              unsaved={isDirty}
              onLoad={() => {
                saver.loadNewer(release)
                setLoaded(release.version)
              }}
              onCompare={() => saver.openConflict(release)}
            />
          </Suspense>
        ) : null}
        {conflict && !movedOn ? (
          <Suspense fallback={null}>
            <ConflictPanel
              key={conflict.theirs.version}
              theirs={conflict.theirs}
              mine={conflict.mine}
              myChanges={conflict.myChanges}
              options={options}
              other={otherSide(conflict.theirs, signedIn?.id ?? null)}
              form={{
                read: (name) => form.getValues(name),
                write: (name, value) => form.setValue(name, value as never, { shouldDirty: true }),
              }}
            />
          </Suspense>
        ) : null}
        <ReleaseFormFields control={control} options={options} />
        <FormKeeper
          control={control}
          isDirty={isDirty}
          // Not over a version known to be outdated: the banner asks first (load, or compare and merge).
          autosave={{
            enabled: autosaves(release) && saver.state.kind !== 'conflict' && !movedOn && newer !== 'yes',
            save: autosave,
          }}
          keepCopy={keepCopy}
        />
        {movedOn ? null : (
          // Only Save and where saving stands follow the page down, on one line: a phone keeps its
          // fields in view. Delete draft, rare and final, waits at the end of the form.
          <Group
            wrap="nowrap"
            gap="md"
            style={{ position: 'sticky', bottom: 0 }}
            py="xs"
            bg="var(--mantine-color-body)"
          >
            {/* The one save: while a conflict is settled, it saves the merge the form now holds. */}
            <Button type="submit" loading={saver.state.kind === 'saving'} style={{ flexShrink: 0 }}>
              {conflict ? 'Save merged' : 'Save'}
            </Button>
            <SaveStatus state={saver.state} isDirty={isDirty} onRetry={() => void submit()} />
          </Group>
        )}
        {!movedOn && release && canDelete ? (
          <Group justify="flex-end">
            <Suspense
              fallback={
                <Button variant="light" color="red" inert>
                  Delete draft
                </Button>
              }
            >
              <DeleteDraftButton
                releaseId={release.id}
                title={release.title}
                onDeleted={() => {
                  forgotten.current = true
                  clearLocalCopy(copyKey())
                  guard.allowNext()
                  void navigate({ to: '/releases' })
                }}
              />
            </Suspense>
          </Group>
        ) : null}
      </Stack>
      {/* The last words typed before a confirmed leave are kept at once, not after the usual pause. */}
      <LeaveGuardModal
        blocker={guard.blocker}
        onLeave={keepCopy}
        signedOut={signedIn === null ? (auth.signedOutBecause ?? 'person') : null}
      />
    </form>
  )
}
