import '@mantine/core/styles/DataList.css'
import { DataList, Paper, Title } from '@mantine/core'
import type { Release } from '../../api/contract'
import { useAuth } from '../../lib/auth/use-auth'
import { ReleaseOperationsEditor } from './release-operations-editor'
import { formatDateTime, joinNames } from '../../lib/format'

const orNone = (names: string) => names || 'None'

/** What an editor needs to know about a release and the public page does not show (the status is in the toolbar). */
export function ReleaseFacts({ release }: { release: Release }) {
  const { user } = useAuth()
  const isAdmin = user?.role === 'admin'
  const facts: [label: string, value: string | number][] = [
    ['Author', release.author.name],
    ['Last updated', formatDateTime(release.updatedAt)],
    // Assignment is a new version but not an editorial update: its own time, beside the other.
    ...(release.metadataUpdatedAt
      ? [['Field operations last changed', formatDateTime(release.metadataUpdatedAt)] as [string, string]]
      : []),
    ['Version', release.version],
    ...(release.submittedAt && release.status === 'in-review'
      ? [['Submitted for review', formatDateTime(release.submittedAt)] as [string, string]]
      : []),
    ...(release.scheduledAt ? [['Scheduled for', formatDateTime(release.scheduledAt)] as [string, string]] : []),
    ...(release.publishedAt ? [['Published', formatDateTime(release.publishedAt)] as [string, string]] : []),
    ['Fields of work', orNone(joinNames(release.fieldsOfWork))],
    ['States', orNone(joinNames(release.states))],
    // Admins edit the assignments below; everyone else reads them here.
    ...(isAdmin ? [] : [['Field operations', orNone(joinNames(release.fieldOperations))] as [string, string]]),
  ]
  return (
    <Paper component="aside" withBorder p="md" aria-labelledby="release-facts-title">
      <Title order={2} size="h4" id="release-facts-title" mb="sm">
        About this release
      </Title>
      <DataList orientation="vertical" size="sm" gap="sm">
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      {isAdmin && (
        // Not keyed by version: the editor follows the release itself, and keeps a choice being made when it changes (issue #10).
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <ReleaseOperationsEditor release={release} />
        </div>
      )}
    </Paper>
  )
}
