import '@mantine/core/styles/Grid.css'
import '@mantine/core/styles/Divider.css'
import { Divider, Grid, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { type ComponentType, useRef } from 'react'
import type { Release } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { ChangesSinceRequest } from '../../components/changes-since-request'
import { AnchorLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { ReleaseArticle } from './release-article'
import { ReleaseFacts } from './release-facts'

const route = getRouteApi('/_authenticated/releases/$id/')

/** The parts of the release page that other features draw; the route composes them in. */
export type ReleasePageParts = {
  /** The workflow actions; `onTransitioned` moves focus to the new status. */
  Actions: ComponentType<{ release: Release; onTransitioned: () => void }>
  /** The one stream of steps and comments, with the comment form at its end. */
  Activity: ComponentType<{ releaseId: string }>
  /** For those who review: the way to the next release waiting (the review queue's). */
  Next?: ComponentType<{ releaseId: string }>
  /** Its language versions, and a translation into another language (decision 0020). */
  Languages?: ComponentType<{ release: Release }>
  /** On a translation its original has moved past: what changed there since. */
  LanguageNotice?: ComponentType<{ release: Release }>
}

/** A release as the public page will show it, with its status, workflow actions and activity around it. */
export function ReleasePreviewPage({ Actions, Activity, Next, Languages, LanguageNotice }: ReleasePageParts) {
  const { id } = route.useParams()
  const { data: release } = useSuspenseQuery(releaseQueries.detail(id))
  const status = useRef<HTMLDivElement>(null)

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
          {/* After a workflow step its button is gone; focus lands on the new status instead. */}
          <div ref={status} tabIndex={-1} style={{ outline: 'none' }}>
            <VisuallyHidden>Status: </VisuallyHidden>
            <StatusBadge status={release.status} />
          </div>
        </Group>
        <Actions release={release} onTransitioned={() => window.setTimeout(() => status.current?.focus(), 20)} />
      </Group>
      {Next ? <Next releaseId={release.id} /> : null}
      {/* Beside the decision: what its author changed since a reviewer sent it back (only for those who decide). */}
      <ChangesSinceRequest release={release} />
      {LanguageNotice ? <LanguageNotice release={release} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
              <Text size="xs" c="dimmed" mb="md">
                Preview: the release as the public page shows it
              </Text>
              <Divider mb="md" />
              <ReleaseArticle release={release} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {Languages ? <Languages release={release} /> : null}
            <ReleaseFacts release={release} />
            <Activity releaseId={release.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
