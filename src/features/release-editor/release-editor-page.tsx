import { Group, Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { PageHeader } from '../../components/page-header'
import { ButtonLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { useAuth } from '../auth/use-auth'
import { whyNotEditable } from './permissions'
import { ReadOnlyNotice } from './read-only-notice'
import { ReleaseForm } from './release-form'

const route = getRouteApi('/_authenticated/releases/$id/edit')

/** /releases/$id/edit: the form for those who may change the release, a notice for the others. */
export function ReleaseEditorPage() {
  const { id } = route.useParams()
  const { data: release } = useSuspenseQuery(releaseQueries.detail(id))
  const { user } = useAuth()
  const reason = whyNotEditable(user, release)

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
      {reason ? <ReadOnlyNotice reason={reason} /> : <ReleaseForm key={release.id} release={release} canDelete={release.allowedActions.includes('delete')} />}
    </Stack>
  )
}

/** /releases/new: an empty form; the first save creates the release. */
export function NewReleasePage() {
  const { user } = useAuth()
  const mayWrite = user?.role === 'editor' || user?.role === 'admin'
  return (
    <Stack gap="sm">
      <PageHeader title="New release" description="A press release, news item or statement. It stays a draft until you submit it for review." />
      {mayWrite ? <ReleaseForm release={null} canDelete={false} /> : <ReadOnlyNotice reason="Only editors and admins write releases." />}
    </Stack>
  )
}
