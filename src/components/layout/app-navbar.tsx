import { Badge, NavLink, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { useAuth } from '../../lib/auth/use-auth'
import { pagesFor } from './app-pages'
import classes from './app-navbar.module.css'
import { ResetDemoDataButton } from './reset-demo-data-button'
import { useUnreadCount } from './use-unread-count'

type Props = { onNavigate?: () => void }

// What Mantine's NavLink draws (its classes; `aria-current="page"`, which the router's Link sets
// on the active page, is what its styles highlight), without the half-dozen styled Boxes each of
// its links is made of: the navigation is drawn in the task of every page's first paint.
const nav = NavLink.classes
const linkClass = `mantine-focus-auto ${nav.root} ${UnstyledButton.classes.root}`
const hidden = VisuallyHidden.classes.root

export function AppNavbar({ onNavigate }: Props) {
  const { user } = useAuth()
  const unread = useUnreadCount()
  return (
    <>
      <div className={classes.links}>
        {(user ? pagesFor(user.role) : []).map(({ to, label, icon: Icon, exact }) => {
          const counted = to === '/inbox' && unread > 0
          return (
            <Link
              key={to}
              to={to}
              className={linkClass}
              activeOptions={{ exact, includeSearch: false }}
              onClick={onNavigate}
            >
              <span className={nav.section} data-position="left">
                <Icon size={18} stroke={1.5} aria-hidden />
              </span>
              <span className={nav.body}>
                <span className={nav.label}>
                  {label}
                  {counted ? <span className={hidden}>, {unread} unread</span> : null}
                </span>
              </span>
              {counted ? (
                <span className={nav.section} data-position="right">
                  {/* The name says it in words ("Inbox, 3 unread"); the badge shows it. */}
                  <Badge size="sm" color="red" circle={unread < 10} aria-hidden>
                    {unread}
                  </Badge>
                </span>
              ) : null}
            </Link>
          )
        })}
      </div>
      {import.meta.env.VITE_MOCKING === 'on' ? (
        <div className={classes.footer}>
          <ResetDemoDataButton />
        </div>
      ) : null}
    </>
  )
}
