import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import type { Notification } from '../../api/contract'
import { AnchorLink } from '../../components/router-links'
import { formatDateTime } from '../../lib/format'
import { useLanguages } from '../../lib/language-names'
import { notificationText } from './notification-text'

type Props = { notification: Notification; onOpen: () => void }

/**
 * One notification: what happened, when, the comment if any; its link opens the release and
 * marks it read. The comment is typed text in the app's quotes, so it sits in a <bdi>.
 */
export function NotificationItem({ notification, onOpen }: Props) {
  const { read, at, comment, release } = notification
  const languages = useLanguages()
  // Named only where it tells versions apart (a release in one language needs no label), once the names are here.
  const languageName =
    release.language && release.languageVersions > 1 && languages.loaded
      ? languages.nameOf(release.language)
      : undefined
  return (
    <Paper component="li" withBorder p="sm" bg={read ? undefined : 'var(--mantine-primary-color-light)'}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <AnchorLink to="/releases/$id" params={{ id: release.id }} fw={read ? 400 : 700} onClick={onOpen}>
            {notificationText(notification, languageName)}
          </AnchorLink>
          {read ? null : (
            <Badge size="sm" variant="filled" style={{ flexShrink: 0 }}>
              Unread
            </Badge>
          )}
        </Group>
        {comment ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            “<bdi>{comment}</bdi>”
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <time dateTime={at}>{formatDateTime(at)}</time>
        </Text>
      </Stack>
    </Paper>
  )
}
