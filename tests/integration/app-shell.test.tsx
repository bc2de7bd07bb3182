import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { problem } from './problem'

const signedInAs = 'user-admin-elena'

describe('app shell', () => {
  it('shows a welcome with the count of releases per status', async () => {
    await renderApp('/', { signedInAs })

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    expect(screen.getByText('Welcome, Elena Marković.')).toBeInTheDocument()
    const counts = screen.getByRole('region', { name: 'Releases by status' })
    for (const status of ['Draft', 'In review', 'Changes requested', 'Scheduled', 'Published', 'Withdrawn']) {
      const link = within(counts).getByRole('link', { name: new RegExp(`^${status} \\d+$`) })
      expect(link).toBeInTheDocument()
    }
  })

  it('navigates between the areas from the always visible navigation', async () => {
    const { user } = await renderApp('/', { signedInAs })
    const nav = await screen.findByRole('navigation', { name: 'Main' })

    await user.click(within(nav).getByRole('link', { name: 'Chairpersonship' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Chairpersonship' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Chairpersonship' })).toHaveAttribute('aria-current', 'page')
    await waitFor(() => expect(document.title).toBe('Chairpersonship · Newsroom admin'))
    // Focus moves to the new page's content, not back to the top of the navigation.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus())

    await user.click(within(nav).getByRole('link', { name: 'Releases' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Releases' })).toBeInTheDocument()

    await user.click(within(nav).getByRole('link', { name: 'Dashboard' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
  })

  it('lets a keyboard user skip the navigation', async () => {
    const { user } = await renderApp('/', { signedInAs })
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })

    await user.tab()

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      `#${screen.getByRole('main').id}`,
    )
  })

  it('shows a not-found page for an unknown address', async () => {
    await renderApp('/no/such/page', { signedInAs })

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/')
  })

  it('offers "Try again" when a request fails, and retrying shows the data', async () => {
    server.use(
      http.get('/api/fields-of-work', () => problem(500, 'Internal Server Error', 'The database is down.'), {
        once: true,
      }),
    )
    const { user } = await renderApp('/fields-of-work', { signedInAs })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The database is down.')

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))

    expect(await screen.findByRole('table', { name: 'Fields of work (23)' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says when the server cannot be reached', async () => {
    server.use(http.get('/api/chairpersonships', () => Response.error(), { once: true }))
    await renderApp('/chairpersonships', { signedInAs })

    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached')
  })

  it('shows a progress bar while a route loads', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    // Answering nothing lets the request through to the mock backend once the gate opens.
    server.use(
      http.get('/api/field-operations', async () => {
        await gate
      }),
    )
    const { user } = await renderApp('/', { signedInAs })

    const nav = await screen.findByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'Field operations' }))
    expect(await screen.findByRole('progressbar', { name: 'Loading' })).toBeInTheDocument()

    release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Field operations' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Loading' })).not.toBeInTheDocument())
  })

  it('switches between light, dark and system colour schemes', async () => {
    const { user } = await renderApp('/', { signedInAs })
    const scheme = await screen.findByRole('radiogroup', { name: 'Color scheme' })

    await user.click(within(scheme).getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark')

    await user.click(within(scheme).getByRole('radio', { name: 'Light' }))
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light')

    await user.click(within(scheme).getByRole('radio', { name: 'System' }))
    expect(within(scheme).getByRole('radio', { name: 'System' })).toBeChecked()
  })

  it('resets the demo data while the mock backend runs, and reloads what is on screen', async () => {
    let requests = 0
    // Counts the requests and lets them through to the mock backend.
    server.use(
      http.get('/api/fields-of-work', () => {
        requests += 1
      }),
    )
    const { user } = await renderApp('/fields-of-work', { signedInAs })
    await screen.findByRole('table', { name: 'Fields of work (23)' })
    expect(requests).toBe(1)

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }))
    // It asks first (tests/integration/reset-demo-data.test.tsx).
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Reset the demo data?' })).getByRole('button', {
        name: 'Reset',
      }),
    )

    expect(await screen.findByText('The demo data is back to its starting point.')).toBeInTheDocument()
    expect(requests).toBeGreaterThan(1)
  })
})
