import { screen, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { pick, saveButton } from './release-editor-helpers'

const signedInAs = 'user-editor-amra'

describe('release editor: a new release', () => {
  it('creates a release and lands on its edit page', async () => {
    const { user, router } = await renderApp('/releases/new', { signedInAs })

    expect(await screen.findByRole('heading', { level: 1, name: 'New release' })).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Mission supports border management training')
    expect(screen.getByText('43 / 200 characters')).toBeInTheDocument()
    await pick(user, /^Place/, 'Dushanbe')
    await user.type(screen.getByRole('textbox', { name: /^Summary/ }), 'Training for border guards.')
    await pick(user, /^Sources/, 'OSCE Chairpersonship')
    await pick(user, /^Fields of work/, 'Border management')
    await pick(user, /^Participating States/, 'Tajikistan')
    await user.click(saveButton())

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/releases\/release-[\w-]+\/edit$/))
    const id = router.state.location.pathname.split('/')[2]!
    const stored = find('releases', id)
    expect(stored).toMatchObject({
      title: 'Mission supports border management training',
      dateline: { place: 'Dushanbe' },
      summary: 'Training for border guards.',
      sourceIds: ['structure-chairpersonship'],
      fieldOfWorkIds: ['field-of-work-border-management'],
      stateIds: ['state-tj'],
      status: 'draft',
      authorId: signedInAs,
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit release' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Mission supports border management training')
  })

  it('keeps what is typed while the release is being created, for the edit page to restore', async () => {
    let open: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      open = resolve
    })
    // Holds the POST until the gate opens, then lets it through to the mock backend.
    server.use(
      http.post('/api/releases', async () => {
        await gate
      }),
    )
    const { user, router } = await renderApp('/releases/new', { signedInAs })
    const title = await screen.findByRole('textbox', { name: /^Title/ })
    await user.type(title, 'First words')
    await pick(user, /^Place/, 'Vienna')
    await pick(user, /^Sources/, 'OSCE Chairpersonship')
    await user.click(saveButton())
    await user.type(screen.getByRole('textbox', { name: /^Summary/ }), 'Typed while saving')

    open()

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/edit$/))
    await user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(screen.getByRole('textbox', { name: /^Summary/ })).toHaveValue('Typed while saving')
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('First words')
  })
})
