import type { ReleaseListQuery, Role, User } from '../../api/contract'

export type DashboardSection = {
  id: string
  title: string
  /** Said when the section is empty. */
  empty: string
  /** The filters of the section, as the releases list takes them in its URL ("See all"). */
  filters: Pick<ReleaseListQuery, 'status' | 'author' | 'sort'>
  /** Which date a row shows. */
  show: 'updatedAt' | 'submittedAt' | 'scheduledAt' | 'publishedAt'
}

export const dashboardRowCount = 5

/** The sections that make sense for a role: editors see their own work, reviewers what awaits them, admins all. */
export function dashboardSections(user: Pick<User, 'id' | 'role'>): DashboardSection[] {
  const all: (DashboardSection & { roles: Role[] })[] = [
    {
      id: 'my-drafts',
      title: 'My drafts',
      empty: 'You have no drafts.',
      filters: { author: user.id, status: 'draft', sort: '-updatedAt' },
      show: 'updatedAt',
      roles: ['editor', 'admin'],
    },
    {
      id: 'changes-requested',
      title: 'Changes requested of me',
      empty: 'No release of yours waits for changes.',
      filters: { author: user.id, status: 'changes-requested', sort: '-updatedAt' },
      show: 'updatedAt',
      roles: ['editor', 'admin'],
    },
    {
      id: 'awaiting-review',
      title: 'Awaiting my review',
      empty: 'Nothing waits for review.',
      filters: { status: 'in-review', sort: 'submittedAt' },
      show: 'submittedAt',
      roles: ['reviewer', 'admin'],
    },
    {
      id: 'scheduled',
      title: 'Scheduled',
      empty: 'Nothing is scheduled.',
      // What goes out next comes first.
      filters: { status: 'scheduled', sort: 'publication' },
      show: 'scheduledAt',
      roles: ['editor', 'reviewer', 'admin'],
    },
    {
      id: 'recently-published',
      title: 'Recently published',
      empty: 'Nothing has been published yet.',
      filters: { status: 'published', sort: '-publishedAt' },
      show: 'publishedAt',
      roles: ['editor', 'reviewer', 'admin'],
    },
  ]
  return all.filter((section) => section.roles.includes(user.role)).map(({ roles: _roles, ...section }) => section)
}

export const sectionQuery = (section: DashboardSection): ReleaseListQuery => ({
  ...section.filters,
  page: 1,
  pageSize: dashboardRowCount,
})
