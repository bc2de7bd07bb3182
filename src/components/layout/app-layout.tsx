import './focus-visible.css'
import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Outlet } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { AppHeader } from './app-header'
import { AppNavbar } from './app-navbar'
import { ConnectionStatus } from './connection-status'
import { mainContentId, SkipLink } from './skip-link'
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate'

/**
 * The frame of every signed-in page: header, navigation (a burger on small screens), content.
 * `search` is the header's search (the command palette's launcher, composed in by the route).
 */
export function AppLayout({ search }: { search: ReactNode }) {
  const [navOpened, { toggle, close }] = useDisclosure(false)
  useFocusMainOnNavigate(mainContentId)
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggle} search={search} />
        </AppShell.Header>
        <AppShell.Navbar p="xs" id="app-navbar" aria-label="Main">
          <AppNavbar onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1} style={{ outline: 'none' }}>
          <ConnectionStatus />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  )
}
