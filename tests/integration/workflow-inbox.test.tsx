import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, transition } from './workflow-helpers'

const unreadOf = (userId: string) => db.notifications.all().filter((n) => n.recipientId === userId && !n.read).length
const header = async () => within(await screen.findByRole('banner'))

/** Jonas's release goes through review: Claire asks for changes, then it is approved. */
async function reviewJonasRelease() {
  await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
  await transition('user-editor-jonas', seeded, { action: 'submit' })
  await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment: 'Shorten the title.' })
  await transition('user-editor-jonas', seeded, { action: 'submit' })
  await transition('user-reviewer-tomasz', seeded, { action: 'approve' })
}

describe('inbox', () => {
  it('shows the unread count in the header and lists the notifications, each linking to its release', async () => {
    await reviewJonasRelease()
    const unread = unreadOf('user-editor-jonas')
    expect(unread).toBeGreaterThanOrEqual(2)
    const { user, router } = await renderApp('/', { signedInAs: 'user-editor-jonas' })

    const link = await (await header()).findByRole('link', { name: `Inbox, ${unread} unread` })
    await user.click(link)
    await waitFor(() => expect(router.state.location.pathname).toBe('/inbox'))

    const list = within(await screen.findByRole('list', { name: 'Notifications' }))
    const title = find('releases', seeded)!.title
    // The seed's release has a Russian version: each notification names the version's language.
    const published = (await list.findAllByRole('link', { name: `Your release “${title}” (English) was published` }))[0]
    const changes = list.getByRole('link', {
      name: `Changes requested on your release “${title}” (English) by Claire Dubois`,
    })
    expect(published).toHaveAttribute('href', `/releases/${seeded}`)
    expect(changes.closest('li')).toHaveTextContent('“Shorten the title.”')
    expect(changes.closest('li')).toHaveTextContent('Unread')
    expect(screen.getByText(`${unread} unread`)).toBeInTheDocument()
  })

  it('tells reviewers what awaits their review, and the inbox is in the navigation with its count', async () => {
    await arrange(seeded, { status: 'draft', authorId: 'user-editor-jonas' })
    await transition('user-editor-jonas', seeded, { action: 'submit' })
    const unread = unreadOf('user-reviewer-claire')
    await renderApp('/inbox', { signedInAs: 'user-reviewer-claire' })

    const list = within(await screen.findByRole('list', { name: 'Notifications' }))
    expect(
      (await list.findAllByRole('link', { name: `“${find('releases', seeded)!.title}” (English) awaits review` }))[0],
    ).toHaveTextContent('awaits review')
    expect(
      await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('link', {
        name: `Inbox, ${unread} unread`,
      }),
    ).toBeInTheDocument()
  })

  it('marks all as read', async () => {
    await reviewJonasRelease()
    const { user } = await renderApp('/inbox', { signedInAs: 'user-editor-jonas' })
    await screen.findByRole('list', { name: 'Notifications' })

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }))

    expect(await (await header()).findByRole('link', { name: 'Inbox, nothing unread' })).toBeInTheDocument()
    expect(unreadOf('user-editor-jonas')).toBe(0)
    expect(screen.queryByText('Unread')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled()
  })

  it('marks one read when it is opened', async () => {
    await reviewJonasRelease()
    const before = unreadOf('user-editor-jonas')
    const { user, router } = await renderApp('/inbox', { signedInAs: 'user-editor-jonas' })
    const list = within(await screen.findByRole('list', { name: 'Notifications' }))
    const title = find('releases', seeded)!.title

    await user.click(
      (await list.findAllByRole('link', { name: `Your release “${title}” (English) was published` }))[0]!,
    )

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${seeded}`))
    await waitFor(() => expect(unreadOf('user-editor-jonas')).toBe(before - 1))
    expect(
      await (
        await header()
      ).findByRole('link', { name: before - 1 > 0 ? `Inbox, ${before - 1} unread` : 'Inbox, nothing unread' }),
    ).toBeInTheDocument()
  })
})
