import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { problem } from './problem'

describe('signing in and out', () => {
  it('lists the seeded people with title and role, signs one in and out', async () => {
    const { user, router } = await renderApp('/sign-in')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
    const people = screen.getByRole('list', { name: 'People' })
    for (const role of ['editor', 'reviewer', 'admin']) {
      expect(within(people).getAllByText(role, { exact: true }).length).toBeGreaterThanOrEqual(2)
    }
    expect(within(people).getByText('Head of Press and Public Information')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Sign in as Claire Dubois' }))

    // A reviewer starts with the review queue.
    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument()
    const header = screen.getByRole('banner')
    expect(within(header).getByText('Claire Dubois')).toBeInTheDocument()
    expect(within(header).getByText('reviewer')).toBeInTheDocument()

    await user.click(within(header).getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(sessionStorage.length).toBe(0)
  })

  it('sends a deep link to sign-in and back to the link afterwards', async () => {
    const { user, router } = await renderApp('/field-operations?status=closed')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toEqual({ redirect: '/field-operations?status=closed' })

    await user.click(screen.getByRole('button', { name: 'Sign in as Elena Marković' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Field operations' })).toBeInTheDocument()
    expect(router.state.location.href).toBe('/field-operations?status=closed')
    expect(screen.getByRole('rowheader', { name: 'Mission to Croatia' })).toBeInTheDocument()
    expect(screen.queryByRole('rowheader', { name: 'Programme Office in Dushanbe' })).not.toBeInTheDocument()
  })

  it('does not follow a redirect to another site', async () => {
    const { user, router } = await renderApp('/sign-in?redirect=//evil.example/phish')

    await user.click(await screen.findByRole('button', { name: 'Sign in as Jonas Lindqvist' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  // GET /session is asked first, by the authenticated layout; /states by the page.
  it.each(['/api/session', '/api/states'])(
    'goes to sign-in when %s answers 401, and back to the page afterwards',
    async (path) => {
      server.use(
        http.get(path, () => problem(401, 'Unauthorized', 'Your session has ended. Sign in again.'), { once: true }),
      )
      const { user, router } = await renderApp('/states?kind=asian-partner', { signedInAs: 'user-editor-amra' })

      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
      expect(router.state.location.search).toEqual({ redirect: '/states?kind=asian-partner' })
      expect(screen.getByText('Your session has ended. Sign in again to continue where you were.')).toBeInTheDocument()
      expect(sessionStorage.length).toBe(0)

      await user.click(screen.getByRole('button', { name: 'Sign in as Amra Hadžić' }))

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Participating States and Partners' }),
      ).toBeInTheDocument()
      expect(screen.getByRole('rowheader', { name: 'Japan' })).toBeInTheDocument()
      expect(within(screen.getByRole('banner')).getByText('Amra Hadžić')).toBeInTheDocument()
    },
  )

  it('keeps a signed-in person away from the sign-in page', async () => {
    const { router } = await renderApp('/sign-in?redirect=/fields-of-work', { signedInAs: 'user-admin-daniel' })

    expect(await screen.findByRole('heading', { level: 1, name: 'Fields of work' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/fields-of-work')
  })
})
