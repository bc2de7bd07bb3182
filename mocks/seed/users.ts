import type { StoredUser } from '../../server/core/records'

/** Who can sign in to the demo: at least two people per role, with stable ids. */
export const seedUsers: StoredUser[] = [
  {
    id: 'user-editor-amra',
    name: 'Amra Hadžić',
    role: 'editor',
    title: 'Press officer, Mission to Bosnia and Herzegovina',
  },
  { id: 'user-editor-jonas', name: 'Jonas Lindqvist', role: 'editor', title: 'Press officer, Spokesperson’s office' },
  {
    id: 'user-editor-aigerim',
    name: 'Aigerim Bekova',
    role: 'editor',
    title: 'Public information officer, Programme Office in Astana',
  },
  {
    id: 'user-reviewer-claire',
    name: 'Claire Dubois',
    role: 'reviewer',
    title: 'Head of Press and Public Information',
  },
  { id: 'user-reviewer-tomasz', name: 'Tomasz Nowak', role: 'reviewer', title: 'Deputy Spokesperson' },
  { id: 'user-admin-elena', name: 'Elena Marković', role: 'admin', title: 'Digital communications manager' },
  { id: 'user-admin-daniel', name: 'Daniel Okafor', role: 'admin', title: 'Web content administrator' },
]

export const seedEditorIds = seedUsers.filter((user) => user.role === 'editor').map((user) => user.id)
