import { Alert } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'

/** A local copy that did not match its schema (edited by hand, an older app, a broken write) was dropped. */
export function UnreadableCopyNote({ onClose }: { onClose: () => void }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title="A local copy could not be read and was removed"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
    />
  )
}
