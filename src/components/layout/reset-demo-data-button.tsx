import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

/** Puts the mock database back to its seed. Rendered only when the mock backend runs. */
export function ResetDemoDataButton() {
  const queryClient = useQueryClient()
  const [pending, setPending] = useState(false)

  const reset = async () => {
    if (import.meta.env.VITE_MOCKING !== 'on') return
    setPending(true)
    try {
      // oxlint-disable-next-line no-restricted-imports -- the allowed dynamic import of the mock backend's reset
      const { resetDemoData } = await import('../../../mocks/browser')
      await resetDemoData()
      await queryClient.invalidateQueries()
      notifications.show({ message: 'The demo data is back to its starting point.', color: 'green' })
    } catch {
      notifications.show({ message: 'The demo data could not be reset.', color: 'red' })
    } finally {
      setPending(false)
    }
  }

  return (
    <Button variant="subtle" size="xs" color="gray" fullWidth justify="flex-start" loading={pending} onClick={() => void reset()}>
      Reset demo data
    </Button>
  )
}
