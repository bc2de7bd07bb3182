import { Center, Loader } from '@mantine/core'

/** Shown in place of a route whose data takes longer than the router's pending delay. */
export function PendingView() {
  return (
    <Center component="output" p="xl" aria-label="Loading">
      <Loader />
    </Center>
  )
}
