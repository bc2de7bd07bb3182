import { screen, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { server } from '../../mocks/node'
import { editorTiming } from '../../src/features/release-editor/timing'
import { renderApp } from '../render'
import { problem } from './problem'
import { amrasDraft, localCopyKeys, pick, saveButton } from './release-editor-helpers'

const signedInAs = 'user-editor-amra'
const defaults = { ...editorTiming }
afterEach(() => Object.assign(editorTiming, defaults))

async function openDraft() {
  const draft = amrasDraft()
  const app = await renderApp(`/releases/${draft.id}/edit`, { signedInAs })
  const title = await screen.findByRole('textbox', { name: /^Title/ })
  return { ...app, draft, title }
}

describe('release editor: saving', () => {
  it('sends only the changed fields and the version, and says when it saved', async () => {
    let sent: unknown
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'PATCH') sent = await request.clone().json()
    })
    const { user, draft, title } = await openDraft()

    await user.clear(title)
    await user.type(title, 'New title')
    await user.click(saveButton())

    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument()
    expect(sent).toEqual({ title: 'New title', version: draft.version })
    expect(find('releases', draft.id)).toMatchObject({ title: 'New title', version: draft.version + 1 })
    server.events.removeAllListeners()
  })

  it('saves with Ctrl+S', async () => {
    const { user, draft, title } = await openDraft()

    await user.clear(title)
    await user.type(title, 'Saved by keyboard')
    await user.keyboard('{Control>}s{/Control}')

    await waitFor(() => expect(find('releases', draft.id)?.title).toBe('Saved by keyboard'))
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
  })

  it('keeps what was typed when a save fails, and Retry saves it', async () => {
    const { user, draft, title } = await openDraft()
    server.use(
      http.patch('/api/releases/:id', () => problem(500, 'Internal server error', 'The database is down.'), {
        once: true,
      }),
    )

    await user.clear(title)
    await user.type(title, 'Not lost')
    await user.click(saveButton())

    expect(await screen.findByRole('alert')).toHaveTextContent('Your changes were not saved')
    expect(screen.getByRole('alert')).toHaveTextContent('The database is down.')
    expect(title).toHaveValue('Not lost')
    expect(find('releases', draft.id)?.title).toBe(draft.title)

    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(find('releases', draft.id)?.title).toBe('Not lost')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('autosaves a draft a moment after typing stops, only when valid', async () => {
    editorTiming.autosaveMs = 100
    const { user, draft, title } = await openDraft()

    await user.clear(title)
    expect(await screen.findByText('Not saved — fix the highlighted fields')).toBeInTheDocument()
    expect(find('releases', draft.id)?.title).toBe(draft.title)

    await user.type(title, 'Autosaved')

    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(find('releases', draft.id)?.title).toBe('Autosaved')
  })

  it('autosaves a new release once it is valid: the first save creates it', async () => {
    editorTiming.autosaveMs = 100
    const { user, router } = await renderApp('/releases/new', { signedInAs })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Created by autosave')
    expect(await screen.findByText('Not saved — fix the highlighted fields')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/releases/new')

    await pick(user, /^Place/, 'Vienna')
    await pick(user, /^Sources/, 'OSCE Chairpersonship')

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/releases\/release-[\w-]+\/edit$/))
    expect(find('releases', router.state.location.pathname.split('/')[2]!)).toMatchObject({
      title: 'Created by autosave',
      dateline: { place: 'Vienna' },
    })
  })
})

describe('release editor: nothing is lost', () => {
  it('offers back unsaved changes after a reload', async () => {
    const first = await openDraft()
    await first.user.clear(first.title)
    await first.user.type(first.title, 'Typed before the crash')
    first.view.unmount()

    const { user, draft } = await openDraft()
    expect(await screen.findByText(/^Restore your unsaved changes from today, \d\d:\d\d\?$/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(draft.title)

    await user.click(screen.getByRole('button', { name: 'Restore' }))

    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Typed before the crash')
    expect(screen.queryByText(/^Restore your unsaved changes/)).not.toBeInTheDocument()
    await user.click(saveButton())
    await waitFor(() => expect(find('releases', draft.id)?.title).toBe('Typed before the crash'))
    expect(localCopyKeys().filter((key) => key.endsWith(draft.id))).toEqual([])
  })

  it('discards the offered copy on request', async () => {
    const first = await openDraft()
    await first.user.type(first.title, ' and more')
    first.view.unmount()

    const { user, draft } = await openDraft()
    await user.click(await screen.findByRole('button', { name: 'Discard' }))

    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(draft.title)
    expect(localCopyKeys().filter((key) => key.endsWith(draft.id))).toEqual([])
  })

  it('asks before leaving with unsaved changes', async () => {
    const { user, router, title, draft } = await openDraft()
    await user.type(title, ' (edited)')

    await user.click(screen.getByRole('link', { name: 'Dashboard' }))

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    await user.click(screen.getByRole('button', { name: 'Stay' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe(`/releases/${draft.id}/edit`)
    expect(title).toHaveValue(`${draft.title} (edited)`)

    await user.click(screen.getByRole('link', { name: 'Dashboard' }))
    await user.click(await screen.findByRole('button', { name: 'Leave' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
  })
})
