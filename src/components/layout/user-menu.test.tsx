import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../tests/render'

describe('the account menu (a phone header)', () => {
  it('loads on the first press and opens with the name, the color scheme and Sign out', async () => {
    const { user } = await renderApp('/', { signedInAs: 'user-admin-elena' })
    const header = await screen.findByRole('banner')
    const account = within(header).getByRole('button', { name: 'Account' })
    expect(account).toHaveAttribute('aria-haspopup', 'menu')
    expect(account).toHaveAttribute('aria-expanded', 'false')

    await user.click(account)
    const menu = await screen.findByRole('menu')
    expect(within(header).getByRole('button', { name: 'Account' })).toHaveAttribute('aria-expanded', 'true')
    expect(within(menu).getByText('Elena Marković')).toBeInTheDocument()
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Dark' }))
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark')
    expect(within(menu).getByRole('menuitemradio', { name: 'Dark' })).toBeChecked()

    // Closed with Escape, focus goes back to the button; it opens again at once.
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
    await waitFor(() => expect(within(header).getByRole('button', { name: 'Account' })).toHaveFocus())
    await user.click(within(header).getByRole('button', { name: 'Account' }))
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
  })
})
