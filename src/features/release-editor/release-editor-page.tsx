import { Group, Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useState } from 'react'
import { isApiError } from '../../api/api-error'
import type { Release, User } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { PageHeader } from '../../components/page-header'
import { ButtonLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { useAuth } from '../../lib/auth/use-auth'
import { releaseCopyKey } from '../../lib/local-copy-keys'
import { readLocalCopy } from './local-copy-store'
import { whyNotEditable } from './permissions'
import { ReadOnlyNotice } from './read-only-notice'
import { ReleaseForm } from './release-form'

const route = getRouteApi('/_authenticated/releases/$id/edit')

/** /releases/$id/edit: the form for those who may change the release, a notice for the others. */
export function ReleaseEditorPage() {
  const { id } = route.useParams()
  const { data: release, error } = useSuspenseQuery(releaseQueries.detail(id))
  const { user } = useAuth()
  // A live refetch that answers 404 keeps the last data: the release was deleted meanwhile.
  const gone = isApiError(error) && error.status === 404

  return (
    <Stack gap="sm">
      <PageHeader
        title="Edit release"
        description={`Version ${release.version}, by ${release.author.name}`}
        actions={
          <Group gap="sm">
            <StatusBadge status={release.status} />
            {/* The preview, the history and the workflow's buttons (Submit for review) live there. */}
            <ButtonLink to="/releases/$id" params={{ id }} variant="default" size="xs">
              Release page
            </ButtonLink>
          </Group>
        }
      />
      <EditorOrNotice key={release.id} release={release} user={user} gone={gone} />
    </Stack>
  )
}

/**
 * The form shows while the release may be edited. Once it is there it stays, whatever happens
 * to the release meanwhile (submitted, published, deleted in another tab): it says so itself,
 * with the typed text still on screen. It stays through a sign-out too, so the leave guard asks.
 * A release that cannot be edited any more opens in it too when the person has a local copy of it.
 */
function EditorOrNotice({ release, user, gone }: { release: Release; user: User | null; gone: boolean }) {
  const reason = whyNotEditable(user, release)
  // Text of theirs kept from before it moved on (a reload since): the form offers it back, to copy or save as new.
  const [hasCopy] = useState(
    () => user !== null && readLocalCopy(releaseCopyKey(user.id, release.id), { peek: true }).copy !== null,
  )
  const editor = useEditorKept(user, !reason || hasCopy)
  if (!editor) return <ReadOnlyNotice reason={reason ?? 'You are not signed in.'} />
  return (
    <ReleaseForm release={release} user={editor} gone={gone} canDelete={release.allowedActions.includes('delete')} />
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
