import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { emptyFormValues } from '../../src/features/release-editor/form-values'
import { newCopyKey, releaseCopyKey } from '../../src/lib/local-copy-keys'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

/*
 * Issue #10, finding 5: a local copy is checked against its schema when read. A malformed one
 * (edited by hand, left by an older version, half written) is removed with a short note; the
 * editor works as if there had been none.
 */

const signedInAs = 'user-editor-amra'
const note = 'A local copy could not be read and was removed'
const good = { values: emptyFormValues(), savedAt: new Date().toISOString(), baseVersion: 1, createAttempt: null }

describe('a malformed local copy', () => {
  it('of a new release (no values, a savedAt that is no date) is removed with a note; the form works', async () => {
    sessionStorage.setItem('newsroom-admin.tab-id', 'tab-1')
    const key = newCopyKey(signedInAs, 'tab-1')
    localStorage.setItem(key, JSON.stringify({ values: null, savedAt: 'yesterday-ish', baseVersion: 0 }))

    const { user } = await renderApp('/releases/new', { signedInAs })

    expect(await screen.findByText(note)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument()
    expect(localStorage.getItem(key)).toBeNull()
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Still works')
    expect(saveButton()).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(note)).not.toBeInTheDocument()
  })

  it.each([
    ['sources that are not a list', { ...good, values: { ...good.values, sourceIds: 'structure-chairpersonship' } }],
    ['a savedAt that is no date', { ...good, savedAt: 'Tuesday' }],
    [
      'an empty Idempotency-Key',
      {
        ...good,
        createAttempt: {
          key: '',
          input: { ...good.values, title: 'T', dateline: { place: 'Vienna', date: '2026-11-27' }, sourceIds: ['x'] },
          sent: good.values,
        },
      },
    ],
    ['text that is not JSON', '{"values": {'],
  ])('of a release (%s) is removed with a note, and no Restore is offered', async (_, copy) => {
    const draft = amrasDraft()
    const key = releaseCopyKey(signedInAs, draft.id)
    localStorage.setItem(key, typeof copy === 'string' ? copy : JSON.stringify(copy))

    await renderApp(`/releases/${draft.id}/edit`, { signedInAs })

    expect(await screen.findByText(note)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(draft.title)
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument()
    expect(localStorage.getItem(key)).toBeNull()
  })
})
