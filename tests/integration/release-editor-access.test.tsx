import { screen, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { db, find } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../render'
import { problem } from './problem'
import { amrasDraft } from './release-editor-helpers'

describe('release editor: who may do what', () => {
  it('leads to the release page, where the workflow’s buttons are', async () => {
    const draft = amrasDraft()
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })

    await user.click(await screen.findByRole('link', { name: 'Release page' }))

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${draft.id}`))
    expect(await screen.findByRole('button', { name: 'Submit for review' })).toBeInTheDocument()
  })

  it('deletes a draft after confirmation and goes back to the list', async () => {
    const draft = amrasDraft()
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })

    await user.click(await screen.findByRole('button', { name: 'Delete draft' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete this draft?' })
    expect(dialog).toHaveTextContent(draft.title)
    expect(find('releases', draft.id)).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/releases'))
    expect(find('releases', draft.id)).toBeUndefined()
  })

  it('shows a refused delete (403) as an error and keeps the draft', async () => {
    const draft = amrasDraft()
    server.use(
      http.delete('/api/releases/:id', () =>
        problem(403, 'Not allowed', 'Only its author or an admin can delete a release.'),
      ),
    )
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })

    await user.click(await screen.findByRole('button', { name: 'Delete draft' }))
    await user.click(await screen.findByRole('button', { name: 'Delete' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are not allowed to delete it: Only its author or an admin can delete a release.',
    )
    expect(router.state.location.pathname).toBe(`/releases/${draft.id}/edit`)
    expect(find('releases', draft.id)).toBeDefined()
  })

  it('shows a reviewer a read-only notice instead of the form', async () => {
    const draft = amrasDraft()
    await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-reviewer-claire' })

    expect(await screen.findByText("You can't edit this release")).toBeInTheDocument()
    expect(screen.getByText('Only its author or an admin can change a release.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: /^Title/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
  })

  it('shows an editor a read-only notice for someone else’s release and for a release in review', async () => {
    const others = db.releases
      .all()
      .find((release) => release.authorId === 'user-editor-jonas' && release.status === 'draft')!
    const { view } = await renderApp(`/releases/${others.id}/edit`, { signedInAs: 'user-editor-amra' })
    expect(await screen.findByText('Only its author or an admin can change a release.')).toBeInTheDocument()
    view.unmount()

    const inReview = db.releases
      .all()
      .find((release) => release.authorId === 'user-editor-amra' && release.status === 'in-review')!
    await renderApp(`/releases/${inReview.id}/edit`, { signedInAs: 'user-editor-amra' })
    // In review only a reviewer corrects it (decision 0016); its author is told how to change it themselves.
    expect(
      await screen.findByText(
        'It is in review: only a reviewer can change it now. Recall it from review to change it yourself.',
      ),
    ).toBeInTheDocument()
  })

  it('lets an admin edit anyone’s draft and delete it', async () => {
    const draft = amrasDraft()
    await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-admin-elena' })

    expect(await screen.findByRole('textbox', { name: /^Title/ })).toHaveValue(draft.title)
    expect(screen.getByRole('button', { name: 'Delete draft' })).toBeInTheDocument()
  })
})
