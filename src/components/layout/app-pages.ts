import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCalendarStar,
  IconChartBar,
  IconClipboardCheck,
  IconFlag,
  IconInbox,
  IconLanguage,
  IconLayoutDashboard,
  IconListDetails,
  IconNews,
} from '@tabler/icons-react'
import type { Role } from '../../api/contract'

const everyone: readonly Role[] = ['editor', 'reviewer', 'admin']

/**
 * The app's pages, once: the navigation shows them and the command palette jumps to them, in
 * this order, each to the roles named (the review queue only for those who review).
 */
export const appPages = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard, exact: true, roles: everyone },
  { to: '/inbox', label: 'Inbox', icon: IconInbox, exact: false, roles: everyone },
  {
    to: '/review',
    label: 'Review queue',
    icon: IconClipboardCheck,
    exact: false,
    roles: ['reviewer', 'admin'] as readonly Role[],
  },
  { to: '/releases', label: 'Releases', icon: IconNews, exact: false, roles: everyone },
  { to: '/calendar', label: 'Publication calendar', icon: IconCalendarEvent, exact: false, roles: everyone },
  { to: '/states', label: 'Participating States', icon: IconFlag, exact: false, roles: everyone },
  { to: '/chairpersonships', label: 'Chairpersonship', icon: IconCalendarStar, exact: false, roles: everyone },
  { to: '/field-operations', label: 'Field operations', icon: IconBuildingCommunity, exact: false, roles: everyone },
  { to: '/fields-of-work', label: 'Fields of work', icon: IconListDetails, exact: false, roles: everyone },
  { to: '/languages', label: 'Languages', icon: IconLanguage, exact: false, roles: everyone },
  { to: '/reports', label: 'Reports', icon: IconChartBar, exact: false, roles: everyone },
] as const

/** The pages a person of this role may open. */
export const pagesFor = (role: Role) => appPages.filter((page) => page.roles.includes(role))
