import './focus-visible.css'
import { useDisclosure } from '@mantine/hooks'
import { Outlet } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { AppHeader } from './app-header'
import classes from './app-layout.module.css'
import { AppNavbar } from './app-navbar'
import { ConnectionStatus } from './connection-status'
import { mainContentId, SkipLink } from './skip-link'
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate'

/**
 * react-remove-scroll's class for fixed elements: while a dialog locks the page's scrolling, the
 * header keeps clear of the scroll bar's place as the page does (Mantine's AppShell set it too).
 */
const zeroRight = 'right-scroll-bar-position'

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
      <div className={classes.shell}>
        <header className={`${classes.header} ${zeroRight}`}>
          <AppHeader navOpened={navOpened} onToggleNav={toggle} search={search} />
        </header>
        <nav className={classes.navbar} id="app-navbar" aria-label="Main" data-opened={navOpened || undefined}>
          <AppNavbar onNavigate={close} />
        </nav>
        <main className={classes.main} id={mainContentId} tabIndex={-1}>
          <ConnectionStatus />
          <Outlet />
        </main>
      </div>
    </>
  )
}
