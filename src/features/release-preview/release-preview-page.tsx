import { Divider, Grid, Group, Paper, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { releaseQueries } from '../../api/releases'
import { AnchorLink, ButtonLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { useAuth } from '../auth/use-auth'
import { canEditRelease } from '../releases/permissions'
import { ReleaseArticle } from './release-article'
import { ReleaseFacts } from './release-facts'

const route = getRouteApi('/_authenticated/releases/$id/')

/** A release as the public page will show it, with the back-office toolbar and facts around it. */
export function ReleasePreviewPage() {
  const { id } = route.useParams()
  const { data: release } = useSuspenseQuery(releaseQueries.detail(id))
  const { user } = useAuth()

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" role="toolbar" aria-label="Release">
        <Group gap="sm">
          <AnchorLink to="/releases" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              All releases
            </Group>
          </AnchorLink>
          <StatusBadge status={release.status} />
        </Group>
        {canEditRelease(user, release) ? (
          <ButtonLink to="/releases/$id/edit" params={{ id }} leftSection={<IconPencil size={16} aria-hidden />}>
            Edit
          </ButtonLink>
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
            <Text size="xs" c="dimmed" mb="md">
              Preview: the release as the public page shows it
            </Text>
            <Divider mb="md" />
            <ReleaseArticle release={release} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ReleaseFacts release={release} />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
