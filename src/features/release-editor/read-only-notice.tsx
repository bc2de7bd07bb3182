import { Alert, Stack, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { AnchorLink } from '../../components/router-links'

/** Shown instead of the form to someone who may not change the release (the server would refuse too). */
export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="You can't edit this release">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{reason}</Text>
        <AnchorLink to="/releases" size="sm">
          Back to the releases
        </AnchorLink>
      </Stack>
    </Alert>
  )
}
