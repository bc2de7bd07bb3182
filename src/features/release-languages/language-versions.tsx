import { Anchor, Badge, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react'
import type { Release, ReleaseVersion } from '../../api/contract'
import { AnchorLink } from '../../components/router-links'
import { StatusBadge } from '../../components/status-badge'
import { publicReleaseUrl } from '../../config/runtime'
import { useAuth } from '../../lib/auth/use-auth'
import { useLanguages } from '../../lib/language-names'
import { AddTranslation } from './add-translation'

/**
 * The release's family (decision 0020): every language version with its own status, the one
 * shown marked, a translation the original has moved past marked "Needs update"; and, for those
 * who write releases, a translation into a language the family lacks. A published version links
 * to its public page when the deployment names the public site (src/config/runtime.ts).
 */
export function LanguageVersions({ release }: { release: Release }) {
  const { user } = useAuth()
  const languages = useLanguages()
  const canTranslate = user?.role === 'editor' || user?.role === 'admin'
  const missing = languages.all.filter((language) => !release.versions.some((v) => v.language === language.code))
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="language-versions-title">
      <Title order={2} size="h4" id="language-versions-title" mb="sm">
        Languages
      </Title>
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {release.versions.map((version) => (
          <VersionItem key={version.id} version={version} current={version.id === release.id} languages={languages} />
        ))}
      </Stack>
      {canTranslate ? <AddTranslation release={release} missing={missing} loaded={languages.loaded} /> : null}
    </Paper>
  )
}

type ItemProps = { version: ReleaseVersion; current: boolean; languages: ReturnType<typeof useLanguages> }

function VersionItem({ version, current, languages }: ItemProps) {
  const language = languages.get(version.language)
  const name = languages.nameOf(version.language)
  const publicPage = version.status === 'published' ? publicReleaseUrl(version) : null
  return (
    <li>
      {current ? (
        <Text size="sm" fw={600} aria-current="page">
          {name}{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            (this version)
          </Text>
        </Text>
      ) : (
        <AnchorLink to="/releases/$id" params={{ id: version.id }} size="sm">
          {name}
        </AnchorLink>
      )}
      <Group gap={6} wrap="wrap" mt={2}>
        <Text size="xs" c="dimmed">
          {version.original ? 'Original' : 'Translation'}
          {/* Its name in itself, where that differs, in its own language for a screen reader. */}
          {language && language.nativeName !== language.name ? (
            <>
              {' · '}
              <span lang={language.code}>{language.nativeName}</span>
            </>
          ) : null}
        </Text>
        <StatusBadge status={version.status} compact />
        {version.stale ? (
          // The words carry the contrast (default text colour); the orange icon is for scanning.
          <Badge
            variant="default"
            size="sm"
            tt="none"
            leftSection={<IconAlertTriangle size={12} color="var(--mantine-color-orange-filled)" aria-hidden />}
            title="The original changed after this translation was made"
          >
            Needs update
          </Badge>
        ) : null}
        {publicPage ? (
          <Anchor href={publicPage} target="_blank" rel="noopener noreferrer" size="xs">
            Public page <VisuallyHidden>{`in ${name} (opens in a new tab)`}</VisuallyHidden>{' '}
            <IconExternalLink size={12} aria-hidden style={{ verticalAlign: 'middle' }} />
          </Anchor>
        ) : null}
      </Group>
    </li>
  )
}
