import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconBan,
  IconCheck,
  IconClock,
  IconEye,
  IconPencil,
  type Icon,
} from '@tabler/icons-react'
import { useRouter } from '@tanstack/react-router'
import { createContext, type MouseEvent, use } from 'react'
import type { ReleaseLanguageSummary, ReleaseStatus } from '../../api/contract'
import { releaseStatusLabel } from '../../components/status-badge'
import classes from './language-badges.module.css'

export { classes as languageBadgeClasses }

/** How the rows name a language ("Russian"): the table provides it once, the badges read it. */
export const LanguageNamesContext = createContext<(code: string) => string>((code) => code)

// The colour is for scanning; the icon's shape and the badge's name say the status too, and the
// code is drawn in the default text colour, which keeps its contrast in light and dark.
const statusIcons: Record<ReleaseStatus, { icon: Icon; color: string }> = {
  draft: { icon: IconPencil, color: 'gray' },
  'in-review': { icon: IconEye, color: 'blue' },
  'changes-requested': { icon: IconArrowBackUp, color: 'orange' },
  scheduled: { icon: IconClock, color: 'violet' },
  published: { icon: IconCheck, color: 'green' },
  withdrawn: { icon: IconBan, color: 'red' },
}

/** "EN", "SR-Latn": the language subtag in capitals, as a badge shows it. */
const shortCode = (code: string) => code.replace(/^[a-z]+/, (language) => language.toUpperCase())

// A plain link drawn as a default badge (the CSS module): a row may hold several.
const badgeClass = `mantine-focus-auto ${classes.badge}`

/** "Russian: in review, needs update": what a badge says to a screen reader and on hover. */
export function versionName(version: ReleaseLanguageSummary, languageName: string, original: boolean): string {
  const status = releaseStatusLabel(version.status).toLowerCase()
  return `${languageName}${original ? ' (original)' : ''}: ${status}${version.stale ? ', needs update' : ''}`
}

/**
 * A family's languages as compact badges, the original first: each the language's code, an icon
 * of its status (and a warning when it needs an update), and a link to that version's page.
 */
export function LanguageBadges({ versions, rowId }: { versions: ReleaseLanguageSummary[]; rowId: string }) {
  const nameOf = use(LanguageNamesContext)
  const router = useRouter()
  // Plain links, opened in the app by a plain click (a new tab by any other): a router Link in
  // every badge, which builds its location on each render, cost the list's filter 5% more.
  const open = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void router.navigate({ to: '/releases/$id', params: { id } })
  }
  return (
    <ul className={classes.list} aria-label="Languages">
      {versions.map((version, index) => {
        const { icon: StatusIcon, color } = statusIcons[version.status]
        const name = versionName(version, nameOf(version.language), index === 0)
        return (
          <li key={version.id}>
            <a
              href={router.history.createHref(`/releases/${encodeURIComponent(version.id)}`)}
              onClick={(event) => open(event, version.id)}
              className={badgeClass}
              data-row={(versions.length > 1 && version.id === rowId) || undefined}
              // The visible code first, so that a person who says what they see ("RU") names it (label in name).
              aria-label={`${shortCode(version.language)}, ${name}`}
              title={name}
            >
              {shortCode(version.language)}
              <StatusIcon size={12} stroke={2.5} color={`var(--mantine-color-${color}-filled)`} aria-hidden />
              {version.stale ? (
                <IconAlertTriangle size={12} stroke={2.5} color="var(--mantine-color-orange-filled)" aria-hidden />
              ) : null}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
