import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit } from '../../mocks/db'
import { renderApp } from '../render'
import { seeded, transition } from './workflow-helpers'

// A right-to-left override: everything after it, to the end of its paragraph, shows reversed,
// unless the text it sits in is isolated from the app's words around it.
const rlo = '\u202E'
// The contract now strips bidi controls from titles on input; a title stored before (or by
// another backend) may still hold one, so it is written straight into the mock db.
const title = `Visit to Vienna ${rlo}txt.exe`
const comment = `Shorten it ${rlo}please`

async function arrangeRelease() {
  await commit('releases', seeded, (current) => {
    if (!current) throw new Error(`no release ${seeded}`)
    return { ...current, title, status: 'draft', authorId: 'user-editor-jonas' }
  })
  await transition('user-editor-jonas', seeded, { action: 'submit' })
  await transition('user-reviewer-claire', seeded, { action: 'request-changes', comment })
}

describe('typed text is isolated from the app’s own words', () => {
  it('in the inbox: the release’s title and the comment each sit in a <bdi>', async () => {
    await arrangeRelease()
    await renderApp('/inbox', { signedInAs: 'user-editor-jonas' })

    const list = within(await screen.findByRole('list', { name: 'Notifications' }))
    const line = list.getByRole('link', { name: `Changes requested on your release “${title}” by Claire Dubois` })
    expect(within(line).getByText(title, { selector: 'bdi' })).toBeInTheDocument()
    expect(within(line).getByText('Claire Dubois', { selector: 'bdi' })).toBeInTheDocument()
    const item = within(line.closest('li')!)
    expect(item.getByText(comment, { selector: 'bdi' })).toBeInTheDocument()
  })

  it('in the history, and in the tab’s title (between FSI and PDI, as it takes no markup)', async () => {
    await arrangeRelease()
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })

    const history = within(await screen.findByRole('list', { name: 'Activity' }))
    expect(await history.findByText(comment, { selector: 'bdi' })).toBeInTheDocument()
    expect(history.getAllByText('Claire Dubois', { selector: 'bdi' }).length).toBeGreaterThanOrEqual(1)
    await waitFor(() => expect(document.title).toBe(`\u2068${title}\u2069 · Newsroom admin`))
  })
})
