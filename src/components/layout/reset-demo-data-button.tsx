import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { lazy, Suspense, useRef, useState } from 'react'

// The dialog and its Modal stay out of the app shell's first load until someone asks for them.
const ResetDemoDataDialog = lazy(() => import('./reset-demo-data-dialog'))

/** Puts the mock database back to its seed, after asking. Rendered only when the mock backend runs. */
export function ResetDemoDataButton() {
  const [opened, { open, close }] = useDisclosure(false)
  const [used, setUsed] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  // The Modal returns focus only when it was mounted closed; this one mounts open on first use.
  const dismiss = () => {
    close()
    button.current?.focus()
  }

  return (
    <>
      <Button
        ref={button}
        variant="subtle"
        size="xs"
        color="gray"
        fullWidth
        justify="flex-start"
        aria-haspopup="dialog"
        onClick={() => {
          setUsed(true)
          open()
        }}
      >
        Reset demo data
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <ResetDemoDataDialog opened={opened} onClose={dismiss} />
        </Suspense>
      ) : null}
    </>
  )
}
