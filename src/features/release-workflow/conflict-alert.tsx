import { Alert, Button, Stack, Text } from '@mantine/core'

type Props = { reloading: boolean; reloaded: boolean; onReload: () => void }

/** 409: someone moved the release first. Reloading it keeps what was typed in the dialog. */
export function ConflictAlert({ reloading, reloaded, onReload }: Props) {
  if (reloaded) {
    return (
      // Said politely, not as an alert: nothing went wrong this time.
      <output style={{ display: 'block' }}>
        <Alert color="blue" variant="light" role="none" title="Reloaded">
          This is now the latest version of the release. Your text is still here: check the release and try again.
        </Alert>
      </output>
    )
  }
  return (
    <Alert color="orange" variant="light" role="alert" title="Someone else changed this release">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">It was changed while you were writing. Reload it to see the change; what you typed stays here.</Text>
        <Button size="xs" variant="default" loading={reloading} onClick={onReload}>
          Reload the release
        </Button>
      </Stack>
    </Alert>
  )
}
