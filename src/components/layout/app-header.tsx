import { Anchor, Burger, Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { identityProvider } from '../../config/runtime'
import { ColorSchemeControl } from './color-scheme-control'
import classes from './app-header.module.css'
import { InboxLink } from './inbox-link'
import { UserMenu } from './user-menu'

type Props = { navOpened: boolean; onToggleNav: () => void; search: ReactNode }

// What `<AnchorLink fw={700} c="inherit" underline="never" truncate visibleFrom="xs">` drew,
// without the Anchor's and Text's styled Boxes (as release-title-link.tsx does).
const titleClass = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-visible-from-xs ${classes.title}`
// Inline, as the style props were: Anchor's and Text's own rules set a colour and a weight.
const titleStyle = { color: 'inherit', fontWeight: 700 }

export function AppHeader({ navOpened, onToggleNav, search }: Props) {
  return (
    <div className={classes.bar}>
      <div className={classes.start}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          className={classes.burger}
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        {/* Below 576 px the controls leave the title a sliver ("N…"): it shows from there up. */}
        <Link to="/" className={titleClass} data-underline="never" data-truncate="end" style={titleStyle}>
          Newsroom admin
        </Link>
        {identityProvider() ? null : (
          <span className={classes.demo} title="A demo: anyone can sign in as anyone">
            Demo
          </span>
        )}
      </div>
      <div className={classes.end}>
        {search}
        <InboxLink />
        {/* On a phone the scheme is chosen in the account menu (UserMenu). */}
        <div className="mantine-visible-from-sm">
          <ColorSchemeControl />
        </div>
        <UserMenu />
      </div>
    </div>
  )
}
