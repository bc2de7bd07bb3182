import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'

const admin = 'user-admin-elena'

/**
 * Every list, opened from a hand-edited link with a bogus sort, page, page size and filter,
 * shows the list (each bad value falls back to its default) instead of a validation error.
 */
describe('bad search params fall back to defaults', () => {
  it.each([
    ['/releases?sort=bogus&page=-3&pageSize=7&status=nope&from=yesterday&author=', /^Releases \(\d+\)$/],
    ['/states?sort=bogus&page=0&pageSize=9999&kind=nope', /^Participating States and Partners \(\d+\)$/],
    ['/field-operations?sort=bogus&page=x&pageSize=-1&status=nope', /^Field operations \(\d+\)$/],
    [
      '/field-operations/field-operation-programme-office-in-dushanbe?page=bogus&sort=bogus',
      /^Releases assigned \(\d+\)$/,
    ],
    ['/review?page=bogus&sort=bogus&pageSize=0&status=draft', /^In review \(\d+\)$/],
    ['/fields-of-work?sort=bogus&page=0&pageSize=9999', /^Fields of work \(\d+\)$/],
    ['/chairpersonships?sort=bogus&page=0', /^Chairpersonships \(\d+\)$/],
  ])('%s shows the list', async (url, table) => {
    await renderApp(url, { signedInAs: admin })
    expect(await screen.findByRole('table', { name: table }, { timeout: 10_000 })).toBeInTheDocument()
  })

  it('/inbox?page=bogus&unread=maybe shows the inbox', async () => {
    await renderApp('/inbox?page=bogus&unread=maybe&sort=bogus', { signedInAs: admin })
    expect(await screen.findByRole('heading', { level: 1, name: 'Inbox' })).toBeInTheDocument()
    expect(await screen.findByText(/^\d+ unread$/, {}, { timeout: 10_000 })).toBeInTheDocument()
  })
})
