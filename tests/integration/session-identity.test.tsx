import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'

describe('who is signed in comes from GET /session', () => {
  it('shows the person the token belongs to, whatever the tab’s storage says', async () => {
    let asked = 0
    // Counts the requests and lets them through to the mock backend.
    server.use(
      http.get('/api/session', () => {
        asked += 1
      }),
    )
    // An editor's real token, with a name and role edited into this tab's storage.
    const token = await signInAs('user-editor-amra')
    sessionStorage.setItem(
      'newsroom-admin.session',
      JSON.stringify({
        token,
        user: { id: 'user-editor-amra', name: 'Mallory', role: 'admin', title: 'Head of everything' },
      }),
    )

    await renderApp('/')

    const header = within(await screen.findByRole('banner'))
    expect(await header.findByText('Amra Hadžić')).toBeInTheDocument()
    expect(header.getByText('editor')).toBeInTheDocument()
    expect(header.queryByText('Mallory')).not.toBeInTheDocument()
    expect(header.queryByText('admin')).not.toBeInTheDocument()
    expect(await screen.findByText('Welcome, Amra Hadžić.')).toBeInTheDocument()
    expect(asked).toBeGreaterThanOrEqual(1)
  })
})
