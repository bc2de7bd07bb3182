import { Button, Text } from '@mantine/core'
import { useHotkeys, useOs } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import classes from './launcher.module.css'
import { lazy, Suspense, useState } from 'react'

// Spotlight and its styles load on the first Ctrl+K or click, not with every page.
const CommandPalette = lazy(() => import('./command-palette'))

/** The header's search button and Ctrl/Cmd+K: both open the command palette, mounted once here. */
export function CommandPaletteLauncher() {
  const [openRequest, setOpenRequest] = useState(0)
  const mac = useOs() === 'macos'
  const open = () => setOpenRequest((count) => count + 1)
  useHotkeys([['mod+K', open]])
  const shortcut = mac ? '⌘ K' : 'Ctrl K'
  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconSearch size={16} stroke={1.5} aria-hidden />}
        rightSection={
          <Text span size="xs" c="dimmed" visibleFrom="sm" aria-hidden>
            {shortcut}
          </Text>
        }
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
        aria-haspopup="dialog"
        onClick={open}
      >
        <span className={classes.word}>Search…</span>
      </Button>
      {openRequest > 0 ? (
        <Suspense fallback={null}>
          <CommandPalette openRequest={openRequest} />
        </Suspense>
      ) : null}
    </>
  )
}
