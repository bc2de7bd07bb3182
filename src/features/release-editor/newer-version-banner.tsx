import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import type { Release } from '../../api/contract'
import type { OtherSide } from './other-side'

type Props = {
  newer: Release
  /** The version the form shows and builds on. */
  shownVersion: number
  other: OtherSide
  /** Something typed here is not saved yet: it must not be dropped for theirs. */
  unsaved: boolean
  onLoad: () => void
  onCompare: () => void
}

/**
 * The server has a newer version than the one this form shows (saved in another tab, or by
 * someone else): said as soon as it is known, when the tab comes back, before anyone types over
 * old text. With nothing unsaved the new version loads; otherwise the two are compared and merged.
 */
export function NewerVersionBanner({ newer, shownVersion, other, unsaved, onLoad, onCompare }: Props) {
  return (
    <Alert
      color="blue"
      variant="light"
      role="alert"
      icon={<IconRefresh aria-hidden />}
      title={`A newer version was saved by ${other.whoAndWhen}`}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          This form shows version {shownVersion}; version {newer.version} is the current one.{' '}
          {unsaved
            ? 'You have unsaved changes here: compare the two and choose, field by field, what to keep.'
            : 'You have no unsaved changes here: load the new version before you edit.'}
        </Text>
        {unsaved ? (
          <Button size="xs" onClick={onCompare}>
            Compare and merge
          </Button>
        ) : (
          <Button size="xs" onClick={onLoad}>
            Load version {newer.version}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
