import './styles'
import { Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type ComponentType, type RefObject, Suspense, useRef, useState } from 'react'
import { isApiError } from '../../api/api-error'
import type { Release, TransitionAction, User } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { PageHeader } from '../../components/page-header'
import { ButtonLink } from '../../components/router-links'
import { useAuth } from '../../lib/auth/use-auth'
import { releaseCopyKey } from '../../lib/local-copy-keys'
import { readLocalCopy } from './local-copy-store'
import { whyNotEditable } from './permissions'
import { ReadOnlyNotice } from './read-only-notice'
import { ReleaseForm, type SaveFirst } from './release-form'
import { useSecondPass } from './second-pass'
import { StatusPanel } from './status-panel'
import classes from './editor-layout.module.css'

const route = getRouteApi('/_authenticated/releases/$id/edit')

/** The workflow's next step (Submit for review, Recall…), drawn by another feature: the route hands it in. */
export type EditorNextStep = ComponentType<{
  release: Release
  /** Runs before its dialog opens: null to go on, or why not. */
  prepare: (action: TransitionAction) => Promise<string | null>
  onTransitioned: (release: Release) => void
}>

/**
 * /releases/$id/edit: the form for those who may change the release, a notice for the others,
 * and beside it the status panel with the next step, taken here so nothing typed is left behind.
 */
export function ReleaseEditorPage({
  NextStep,
  Activity,
  Original,
}: {
  NextStep?: EditorNextStep
  /** The release's steps and comments in one stream, with the comment form (the route hands it in). */
  Activity?: ComponentType<{ releaseId: string }>
  /** On a translation: its original, read-only, beside the form (decision 0020; the route hands it in). */
  Original?: ComponentType<{ release: Release }>
}) {
  const { id } = route.useParams()
  const { data: release, error } = useSuspenseQuery(releaseQueries.detail(id))
  const { user } = useAuth()
  // A live refetch that answers 404 keeps the last data: the release was deleted meanwhile.
  const gone = isApiError(error) && error.status === 404
  const saveFirst = useRef<SaveFirst | null>(null)
  const status = useRef<HTMLDivElement>(null)
  // After this person's own step the page opens afresh on the release as it now is (in review: the
  // notice; a draft again: the form), once the page shows the version that step made.
  const [ownStep, setOwnStep] = useState<number | null>(null)
  const generation = ownStep !== null && release.version >= ownStep ? ownStep : 0
  // The activity (beside the form, or under it on a phone) is drawn right after the form's first fields.
  const second = useSecondPass()

  return (
    <Stack gap="sm">
      <PageHeader
        title="Edit release"
        description={`Version ${release.version}, by ${release.author.name}`}
        actions={
          // The preview and the workflow's actions live there.
          <ButtonLink to="/releases/$id" params={{ id }} variant="default" size="xs">
            Release page
          </ButtonLink>
        }
      />
      <div className={classes.layout}>
        {/* First in reading order: on a phone above the form, beside it from md on. */}
        <div className={classes.status}>
          <StatusPanel release={release} statusRef={status}>
            {NextStep && !gone ? (
              <NextStep
                release={release}
                // What was typed is saved before a step that goes on from it (submit, a reviewer's decision); a recall needs none.
                prepare={async (action) => (action === 'recall' ? null : ((await saveFirst.current?.()) ?? null))}
                onTransitioned={(updated) => {
                  setOwnStep(updated.version)
                  // As on the release page: after the dialog gives focus back, it moves to the new status.
                  window.setTimeout(() => status.current?.focus(), 20)
                }}
              />
            ) : null}
          </StatusPanel>
          {Original && release.originalId && !gone ? (
            <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
              {/* The route may hand in a lazy one: it arrives by itself, never holding back the form. */}
              <Suspense fallback={null}>
                <Original release={release} />
              </Suspense>
            </div>
          ) : null}
        </div>
        <div className={classes.form}>
          <EditorOrNotice
            key={`${release.id} ${generation}`}
            release={release}
            user={user}
            gone={gone}
            saveFirstRef={saveFirst}
          />
        </div>
        {/* Under the status panel beside the form; on a phone after the form, which comes first there. */}
        {Activity && !gone && second ? (
          <div className={classes.activity}>
            {/* The route may hand in a lazy one: it arrives by itself, never holding back the form. */}
            <Suspense fallback={null}>
              <Activity releaseId={release.id} />
            </Suspense>
          </div>
        ) : null}
      </div>
    </Stack>
  )
}

/**
 * The form shows while the release may be edited. Once it is there it stays, whatever happens
 * to the release meanwhile (submitted, published, deleted in another tab): it says so itself,
 * with the typed text still on screen. It stays through a sign-out too, so the leave guard asks.
 * A release that cannot be edited any more opens in it too when the person has a local copy of it.
 */
function EditorOrNotice({
  release,
  user,
  gone,
  saveFirstRef,
}: {
  release: Release
  user: User | null
  gone: boolean
  saveFirstRef: RefObject<SaveFirst | null>
}) {
  const reason = whyNotEditable(user, release)
  // Text of theirs kept from before it moved on (a reload since): the form offers it back, to copy or save as new.
  const [hasCopy] = useState(
    () => user !== null && readLocalCopy(releaseCopyKey(user.id, release.id), { peek: true }).copy !== null,
  )
  const editor = useEditorKept(user, !reason || hasCopy)
  if (!editor) return <ReadOnlyNotice reason={reason ?? 'You are not signed in.'} />
  return (
    <ReleaseForm
      release={release}
      user={editor}
      gone={gone}
      canDelete={release.allowedActions.includes('delete')}
      saveFirstRef={saveFirstRef}
    />
  )
}

/**
 * The person the form opened for, kept through a sign-out: the form stays until the page
 * goes, so its leave guard can ask before the typed text is dropped.
 */
function useEditorKept(user: User | null, mayOpen: boolean): User | null {
  const [editor, setEditor] = useState<User | null>(null)
  if (mayOpen && user && editor === null) setEditor(user)
  return editor
}

/** /releases/new: an empty form; the first save creates the release. */
export function NewReleasePage() {
  const { user } = useAuth()
  const editor = useEditorKept(user, user?.role === 'editor' || user?.role === 'admin')
  return (
    <Stack gap="sm">
      <PageHeader
        title="New release"
        description="A press release, news item or statement. It stays a draft until you submit it for review."
      />
      {editor ? (
        <ReleaseForm release={null} user={editor} canDelete={false} />
      ) : (
        <ReadOnlyNotice reason="Only editors and admins write releases." />
      )}
    </Stack>
  )
}
