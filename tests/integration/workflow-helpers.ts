import { focusManager } from '@tanstack/react-query'
import { vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { type ReleaseStatus, type TransitionAction } from '../../src/api/contract'
import { commit, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'

/** The source page's release: complete, so it can be submitted. Seeded as published, by Jonas. */
export const seeded = 'release-borg-tajikistan'

/** Puts a release into a status (and authorship) straight in the mock db. */
export async function arrange(
  id: string,
  patch: { status: ReleaseStatus; authorId?: string; submittedAt?: string | null },
) {
  await commit('releases', id, (current) => {
    if (!current) throw new Error(`no release ${id}`)
    return { ...current, ...patch }
  })
}

/** Moves a release as `userId` would, through the API, so its history and notifications are written too. */
export async function transition(
  userId: string,
  id: string,
  input: { action: TransitionAction; comment?: string; publishAt?: string | null },
) {
  const token = await signInAs(userId)
  const version = find('releases', id)!.version
  const response = await api(`/releases/${id}/transitions`, { method: 'POST', token, body: { ...input, version } })
  if (response.status !== 200)
    throw new Error(`transition ${input.action} answered ${response.status}: ${JSON.stringify(response.json)}`)
  return response.json as { status: ReleaseStatus; version: number }
}

export const toolbar = async () => screen.findByRole('toolbar', { name: 'Release' })

/** The names of the workflow controls in the release's toolbar, besides the way back to the list. */
export async function toolbarActions(): Promise<string[]> {
  const bar = await toolbar()
  return [...within(bar).queryAllByRole('button'), ...within(bar).queryAllByRole('link')]
    .map((element) => element.textContent?.trim() ?? '')
    .filter((name) => name !== 'All releases')
    .toSorted()
}

export const statusInToolbar = async () => within(await toolbar()).getByText(/^Status:/).parentElement!

/** The person comes back to the window after a while: the live queries on screen are refetched. */
export function returnToWindowLater() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + 10_000)
  focusManager.setFocused(false)
  focusManager.setFocused(true)
}

/** Undoes returnToWindowLater: call it after each test that used it. */
export function forgetWindowFocus() {
  vi.useRealTimers()
  focusManager.setFocused(undefined)
}
