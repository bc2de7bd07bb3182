import { Alert, Button, List, Stack, Text } from '@mantine/core'
import type { ReleaseListItem } from '../../api/contract'
import { releaseStatusLabel } from '../../components/status-badge'

type Props = {
  releaseIds: readonly string[]
  seenVersions: Readonly<Record<string, number>>
  onScreen: ReadonlyMap<string, ReleaseListItem>
  onReview: () => void
}

/**
 * Selected releases that changed on the list (a live refetch) since the admin chose what to do
 * with them: said before they send, since the server will leave those as they are.
 */
export function ChangedReleasesAlert({ releaseIds, seenVersions, onScreen, onReview }: Props) {
  const changed = releaseIds.flatMap((id) => {
    const now = onScreen.get(id)
    const seen = seenVersions[id]
    return now && seen !== undefined && now.version !== seen ? [{ release: now, seen }] : []
  })
  if (changed.length === 0) return null
  const count = changed.length === 1 ? '1 of these releases has' : `${changed.length} of these releases have`
  return (
    <Alert color="orange" variant="light" role="none">
      <Stack gap="xs" align="flex-start">
        <output style={{ display: 'block' }}>
          <Text size="sm" fw={600}>
            {count} changed since you chose them
          </Text>
          <Text size="sm">
            They will be left as they are unless you take their new versions. Your choice is still here.
          </Text>
        </output>
        <List size="sm" spacing={2}>
          {changed.map(({ release, seen }) => (
            <List.Item key={release.id}>
              <bdi>{release.title}</bdi>: version {seen} → {release.version}, now{' '}
              {releaseStatusLabel(release.status).toLowerCase()}
            </List.Item>
          ))}
        </List>
        <Button size="xs" variant="default" onClick={onReview}>
          Take the new versions
        </Button>
      </Stack>
    </Alert>
  )
}
