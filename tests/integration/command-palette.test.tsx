import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db } from '../../mocks/db'
import { renderApp } from '../render'

const openWithShortcut = async (user: Awaited<ReturnType<typeof renderApp>>['user']) => {
  await screen.findByRole('heading', { level: 1 })
  await user.keyboard('{Control>}k{/Control}')
  return screen.findByRole('textbox', { name: 'Search pages, releases, States and field operations' })
}

describe('command palette', () => {
  it('opens with Ctrl+K, finds a release by its title and opens it', async () => {
    const release = db.releases.all().find((candidate) => candidate.status === 'published')!
    const { user, router } = await renderApp('/', { signedInAs: 'user-reviewer-claire' })
    const search = await openWithShortcut(user)

    await user.type(search, release.title.slice(0, 40))
    const result = await screen.findByRole(
      'button',
      { name: (name) => name.startsWith(release.title) },
      { timeout: 3000 },
    )
    await user.click(result)

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${release.id}`))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /^Search pages/ })).not.toBeInTheDocument())
  })

  it('opens from the header button and finds a field operation by name', async () => {
    const operation = db.fieldOperations.all()[0]!
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-amra' })
    await user.click(await screen.findByRole('button', { name: 'Search…' }))
    const search = await screen.findByRole('textbox', { name: /^Search pages/ })

    await user.type(search, operation.name)
    await user.click(await screen.findByRole('button', { name: operation.name }, { timeout: 3000 }))

    await waitFor(() => expect(router.state.location.pathname).toBe(`/field-operations/${operation.id}`))
  })

  it('jumps to a page', async () => {
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-amra' })
    const search = await openWithShortcut(user)
    await user.type(search, 'repo')
    await user.click(await screen.findByRole('button', { name: 'Reports' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'))
  })

  it('opens the first result on Enter, without ↓ first', async () => {
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-amra' })
    const search = await openWithShortcut(user)
    await user.type(search, 'repo')
    await screen.findByRole('button', { name: 'Reports' })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'))
  })

  it('selects the first result when it arrives after the typing stops', async () => {
    const release = db.releases.all().find((candidate) => candidate.status === 'published')!
    const { user, router } = await renderApp('/', { signedInAs: 'user-reviewer-claire' })
    const search = await openWithShortcut(user)
    await user.type(search, release.title.slice(0, 40))
    await screen.findByRole('button', { name: (name) => name.startsWith(release.title) }, { timeout: 3000 })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${release.id}`))
  })

  it.each([
    { who: 'an editor', userId: 'user-editor-amra', offered: true },
    { who: 'an admin', userId: 'user-admin-elena', offered: true },
    { who: 'a reviewer', userId: 'user-reviewer-claire', offered: false },
  ])('offers New release to $who: $offered', async ({ userId, offered }) => {
    const { user } = await renderApp('/', { signedInAs: userId })
    const search = await openWithShortcut(user)
    const dialog = within(search.closest('[role="dialog"]') as HTMLElement)
    expect(await dialog.findByRole('button', { name: 'Dashboard' })).toBeInTheDocument()
    expect(dialog.queryByRole('button', { name: 'New release' }) !== null).toBe(offered)
  })
})
