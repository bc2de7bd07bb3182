import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { db } from '../../mocks/db'

/** Picks an option of a Mantine Select, MultiSelect or Autocomplete by typing and clicking it. */
export async function pick(user: UserEvent, label: string | RegExp, option: string) {
  const input = screen.getByRole('combobox', { name: label })
  await user.click(input)
  await user.type(input, option.slice(0, 6))
  await user.click(await screen.findByRole('option', { name: option }))
}

/** An existing draft of the editor Amra, from the seed. */
export function amrasDraft() {
  const draft = db.releases
    .all()
    .find((release) => release.authorId === 'user-editor-amra' && release.status === 'draft')
  if (!draft) throw new Error('the seed has no draft of Amra')
  return draft
}

export const saveButton = () => screen.getByRole('button', { name: 'Save' })

/** The text an element shows, without what only screen readers hear (the diff's "[only in mine: …]"). */
export function shownText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement
  for (const hidden of copy.querySelectorAll('.mantine-VisuallyHidden-root')) hidden.remove()
  return copy.textContent ?? ''
}
export const saveStatus = () => within(document.querySelector('output') as HTMLElement)

/** The keys of every local copy kept in this browser. */
export const localCopyKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('newsroom-admin:local-copy:'))
