import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
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
})
