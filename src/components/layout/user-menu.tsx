import { Badge, Button, Text, VisuallyHidden } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import { useAuth } from '../../lib/auth/use-auth'
import { useSignOut } from '../../lib/auth/use-sign-out'
import { AccountButton } from './account-button'
import classes from './app-header.module.css'

// The menu (Mantine's Menu, its popover and styles) loads on the first press of its button, and
// then opens in that button's place: a wide header, and most visits, never open it.
const AccountMenu = lazy(() => import('./account-menu'))

// What `<Text size="sm" fw={500} truncate maw={220} visibleFrom="sm">` drew, without its styled Box.
const nameClass = `${Text.classes.root} mantine-visible-from-sm ${classes.name}`
const nameStyle = { fontWeight: 500 }

/**
 * Who is signed in and the way out. From the tablet width up the header shows the name and a
 * Sign out button; on a phone (where the name, the scheme's icons and Sign out did not fit
 * beside the search) one account menu holds the name, the color scheme and Sign out.
 */
export function UserMenu() {
  const { user } = useAuth()
  const signOut = useSignOut()
  const [menuWanted, setMenuWanted] = useState(false)
  if (!user) return null
  return (
    <div className={classes.user}>
      <p className={nameClass} data-size="sm" data-truncate="end" style={nameStyle}>
        <span className={VisuallyHidden.classes.root}>Signed in as </span>
        <bdi>{user.name}</bdi>
      </p>
      <Badge variant="outline" size="sm" className={classes.role}>
        {user.role}
      </Badge>
      <Button
        variant="default"
        size="xs"
        visibleFrom="sm"
        leftSection={<IconLogout size={14} aria-hidden />}
        onClick={() => void signOut()}
      >
        Sign out
      </Button>
      <div className="mantine-hidden-from-sm">
        {menuWanted ? (
          <Suspense fallback={<AccountButton aria-haspopup="menu" aria-expanded={false} aria-busy />}>
            <AccountMenu name={user.name} />
          </Suspense>
        ) : (
          <AccountButton aria-haspopup="menu" aria-expanded={false} onClick={() => setMenuWanted(true)} />
        )}
      </div>
    </div>
  )
}
