import { act, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db, find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { editorTiming } from '../../src/features/release-editor/timing'
import { renderApp } from '../render'
import {
  commitThenDropConnection,
  type Fault,
  failWith409,
  failWith500,
  failWith503,
  failWithNetworkError,
  holdResponses,
  type Method,
} from './faults'
import { amrasDraft, pick, saveButton, shownText } from './release-editor-helpers'
import { arrange, seeded, statusInToolbar, toolbar } from './workflow-helpers'

/*
 * The fault matrix of issue #6 for the release writes (docs/fault-matrix.md, "Releases"):
 * each write meets a 500, a 503 with Retry-After, a lost connection, a 409, a write that went
 * through but whose answer was lost, and a slow answer — in that order, in one session, as a
 * person would meet them on a bad day. After each, what they typed is still there, an alert
 * says what happened and what to do, and Retry (or sending again) works once the fault is
 * gone; the slow answer shows as busy and cannot be sent twice; the lost answer's Retry does
 * the write once.
 */

const newRelease = {
  type: 'press-release',
  title: 'Fault injection',
  dateline: { place: 'Vienna', date: '2024-06-26' },
  sourceIds: ['structure-chairpersonship'],
}

describe('the fault injectors', () => {
  it('answer 500, 503 with Retry-After, 409 and a network error until healed', async () => {
    const token = await signInAs('user-editor-amra')
    const fault = failWith500('post', '/releases')
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(500)
    fault.heal()
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(201)
    expect(fault.calls).toBe(1)

    failWith503('post', '/releases', { retryAfter: 12, times: 1 })
    const response = await fetch('/api/releases', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '{}',
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('12')
    const busy = failWith503('post', '/releases', 7)
    expect((await fetch('/api/releases', { method: 'POST' })).headers.get('Retry-After')).toBe('7')
    busy.heal()

    failWith409('post', '/api/releases', { times: 1 })
    expect((await api('/releases', { method: 'POST', token, body: newRelease })).status).toBe(409)

    failWithNetworkError('post', '/releases', { times: 1 })
    await expect(api('/releases', { method: 'POST', token, body: newRelease })).rejects.toThrow('Failed to fetch')
  })

  it('hold responses until released, then let them reach the real handlers', async () => {
    const token = await signInAs('user-editor-amra')
    const before = db.releases.all().length
    const held = holdResponses('post', '/releases')
    let answered = false
    const pending = api('/releases', { method: 'POST', token, body: newRelease }).then((r) => {
      answered = true
      return r
    })
    await held.arrived()
    expect(held.waiting).toBe(1)
    expect(answered).toBe(false)
    held.release()
    expect((await pending).status).toBe(201)
    expect(db.releases.all().length).toBe(before + 1)
  })

  it('commit the write, then drop the answer', async () => {
    const token = await signInAs('user-editor-amra')
    const before = db.releases.all().length
    commitThenDropConnection('post', '/releases', { times: 1 })
    await expect(api('/releases', { method: 'POST', token, body: newRelease })).rejects.toThrow('Failed to fetch')
    expect(db.releases.all().length).toBe(before + 1)
  })
})

/** One write as a person does it, for walkFaults. */
type Scene = {
  user: UserEvent
  method: Method
  path: string
  /** Where the person works (the dialog, the form): the alert shows there. */
  scope: () => HTMLElement
  /** Sends with the form's own button. */
  send: () => Promise<void>
  /** Tries again after a failure; by default the alert's Retry button. */
  retry?: () => Promise<void>
  /** What the person typed or chose is still there. */
  kept: () => void
  /** How many times the write has been applied (records made, history written…). */
  applied: () => number
  /** While the answer is slow: the form shows it is busy and its button is not usable. */
  busy: () => void
  /** The success is visible. */
  done: () => Promise<void>
  /** After a 409: what the screen offers (the conflict UI, or a plain message), taken so a send works again. */
  conflict: () => Promise<void>
}

const alertIn = (scene: Scene) => within(scene.scope()).getByRole('alert')

/** Waits for an alert in the scene that says all of `texts` (another alert may stand beside it). */
async function alertSays(scene: Scene, ...texts: (string | RegExp)[]) {
  await waitFor(() => {
    const alerts = within(scene.scope()).getAllByRole('alert')
    const says = (alert: HTMLElement) =>
      texts.every((text) =>
        typeof text === 'string' ? alert.textContent?.includes(text) : text.test(alert.textContent ?? ''),
      )
    expect(
      alerts.some(says),
      `no alert says ${texts.join(' … ')}; the alerts say: ${alerts.map((a) => a.textContent).join(' | ')}`,
    ).toBe(true)
  })
}

const retry = async (scene: Scene) =>
  scene.retry ? scene.retry() : scene.user.click(within(alertIn(scene)).getByRole('button', { name: 'Retry' }))

/** The whole column of the matrix for one write. */
async function walkFaults(scene: Scene) {
  const { method, path } = scene
  const start = scene.applied()
  let fault: Fault

  // 500: what happened, what to do, Retry.
  fault = failWith500(method, path)
  await scene.send()
  await alertSays(scene, 'Server error', 'The server failed to do this. Try again')
  scene.kept()
  expect(scene.applied()).toBe(start)
  fault.heal()

  // 503 with Retry-After: when to try again.
  fault = failWith503(method, path, { retryAfter: 30 })
  await retry(scene)
  await alertSays(scene, 'Server unavailable', 'Try again in 30 seconds.')
  scene.kept()
  expect(scene.applied()).toBe(start)
  fault.heal()

  // No answer at all.
  fault = failWithNetworkError(method, path)
  await retry(scene)
  await alertSays(scene, 'No connection', 'Check your connection, then try again.')
  scene.kept()
  expect(scene.applied()).toBe(start)
  fault.heal()

  // 409: the screen's way to deal with someone else's change.
  fault = failWith409(method, path)
  await retry(scene)
  await scene.conflict()
  scene.kept()
  expect(scene.applied()).toBe(start)
  fault.heal()

  // The write goes through, its answer is lost: the person sees no connection…
  fault = commitThenDropConnection(method, path, { times: 1 })
  await scene.send()
  await alertSays(scene, 'No connection')
  scene.kept()
  expect(scene.applied()).toBe(start + 1)

  // … and retries, on a slow line: busy meanwhile, not sent twice, and done once.
  const held = holdResponses(method, path)
  await retry(scene)
  await held.arrived()
  scene.busy()
  await scene.send()
  expect(held.calls).toBe(1)
  held.release()
  await scene.done()
  expect(scene.applied()).toBe(start + 1)
  expect(fault.calls).toBe(1)
}

const historyOf = (id: string) => db.history.all().filter((entry) => entry.releaseId === id).length

describe('release workflow dialogs under faults', () => {
  const cases = [
    {
      action: 'submit',
      status: 'draft',
      as: 'user-editor-jonas',
      button: 'Submit for review',
      dialog: 'Submit for review',
      label: /Note for the reviewers/,
      after: 'In review',
    },
    {
      action: 'approve',
      status: 'in-review',
      as: 'user-reviewer-claire',
      button: 'Approve',
      dialog: 'Approve for publication',
      label: /^Comment/,
      after: 'Published',
    },
    {
      action: 'request changes',
      status: 'in-review',
      as: 'user-reviewer-claire',
      button: 'Request changes',
      dialog: 'Request changes',
      label: /What needs to change/,
      after: 'Changes requested',
    },
    {
      action: 'withdraw',
      status: 'published',
      as: 'user-admin-elena',
      button: 'Withdraw',
      dialog: 'Withdraw this release',
      label: /Reason for withdrawing/,
      after: 'Withdrawn',
    },
    {
      action: 'reopen',
      status: 'withdrawn',
      as: 'user-admin-daniel',
      button: 'Reopen',
      dialog: 'Reopen as a draft',
      label: /^Comment/,
      after: 'Draft',
    },
  ] as const

  it.each(cases)(
    '$action: keeps the comment, says what happened, retries once',
    async ({ status, as, button, dialog: name, label, after }) => {
      await arrange(seeded, { status, authorId: 'user-editor-jonas' })
      const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: as })
      await user.click(within(await toolbar()).getByRole('button', { name: button }))
      const dialog = await screen.findByRole('dialog', { name })
      const comment = `Typed before the faults (${button}).`
      const field = () => within(dialog).getByRole('textbox', { name: label })
      await user.type(field(), comment)
      const submit = () => within(dialog).getByRole('button', { name: button })

      await walkFaults({
        user,
        method: 'post',
        path: '/releases/:id/transitions',
        scope: () => dialog,
        send: () => user.click(submit()),
        kept: () => expect(field()).toHaveValue(comment),
        applied: () => historyOf(seeded),
        busy: () => expect(submit()).toBeDisabled(),
        done: async () => {
          await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
          expect(await statusInToolbar()).toHaveTextContent(after)
        },
        conflict: async () => {
          // The injected 409 changed nothing: the dialog finds the version seen and lets it be sent again.
          await alertSays(
            { scope: () => dialog } as Scene,
            'This release changed since you opened it',
            'What you typed is still here',
          )
          expect(await within(dialog).findByText(/It is still the version you saw/)).toBeInTheDocument()
        },
      })
    },
  )
})

describe('a transition whose answer was lost, sent again with a changed comment', () => {
  it('says the first went through and shows where the release is now; nothing is done twice', async () => {
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    await user.click(within(await toolbar()).getByRole('button', { name: 'Request changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Request changes' })
    const field = within(dialog).getByRole('textbox', { name: /What needs to change/ })
    await user.type(field, 'Shorter.')
    commitThenDropConnection('post', '/releases/:id/transitions', { times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))
    await alertSays({ scope: () => dialog } as Scene, 'No connection')
    const written = historyOf(seeded)

    await user.type(field, ' Much shorter.')
    await user.click(within(dialog).getByRole('button', { name: 'Request changes' }))

    await alertSays({ scope: () => dialog } as Scene, 'Already done', 'Your earlier attempt went through after all')
    expect(await within(dialog).findByText('This can no longer be done')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Request changes' })).toBeDisabled()
    expect(field).toHaveValue('Shorter. Much shorter.')
    expect(await statusInToolbar()).toHaveTextContent('Changes requested')
    expect(historyOf(seeded)).toBe(written)
  })
})

describe('a comment under faults', () => {
  it('keeps the comment, says what happened, and a retried post makes one comment', async () => {
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    const thread = await screen.findByRole('region', { name: 'Activity' })
    const body = 'Please name the Staff College in the first line.'
    const field = () => within(thread).getByRole('textbox', { name: 'Add a comment' })
    await user.type(field(), body)
    const post = () => within(thread).getByRole('button', { name: 'Post' })

    await walkFaults({
      user,
      method: 'post',
      path: '/releases/:id/comments',
      scope: () => thread,
      send: () => user.click(post()),
      kept: () => expect(field()).toHaveValue(body),
      applied: () => db.comments.all().length,
      busy: () => expect(post()).toBeDisabled(),
      done: async () => {
        const list = await within(thread).findByRole('list', { name: 'Activity' })
        expect(await within(list).findAllByText(body)).toHaveLength(1)
        expect(field()).toHaveValue('')
      },
      conflict: () =>
        alertSays(
          { scope: () => thread } as Scene,
          'Your comment was not posted: Changed by someone else',
          'Your comment is still here.',
        ),
    })
  })
})

describe('a comment changed after its answer was lost', () => {
  it('says the first one went through, shows it, keeps the new text, and posts that only when asked', async () => {
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    const thread = await screen.findByRole('region', { name: 'Activity' })
    const field = () => within(thread).getByRole('textbox', { name: 'Add a comment' })
    await user.type(field(), 'First words.')
    commitThenDropConnection('post', '/releases/:id/comments', { times: 1 })
    await user.click(within(thread).getByRole('button', { name: 'Post' }))
    expect(await within(thread).findByRole('alert')).toHaveTextContent('No connection')

    await user.type(field(), ' And more.')
    await user.click(within(thread).getByRole('button', { name: 'Post' }))

    await alertSays({ scope: () => thread } as Scene, 'Already done', 'Your earlier attempt went through after all')
    const list = await within(thread).findByRole('list', { name: 'Activity' })
    expect(await within(list).findByText('First words.')).toBeInTheDocument()
    expect(field()).toHaveValue('First words. And more.')
    expect(db.comments.all()).toHaveLength(1)

    await user.click(within(thread).getByRole('button', { name: 'Post' }))
    expect(await within(list).findByText('First words. And more.')).toBeInTheDocument()
    expect(db.comments.all()).toHaveLength(2)
  })
})

describe('assigning releases under faults', () => {
  const moldova = 'field-operation-mission-to-moldova'

  async function chooseMoldova(user: UserEvent, scope: HTMLElement) {
    const input = within(scope).getByRole('combobox', { name: 'Field operations' })
    await user.click(input)
    await user.type(input, 'Mission to M')
    await user.click(await screen.findByRole('option', { name: 'Mission to Moldova' }))
    await user.keyboard('{Escape}')
  }

  /** The choices shown as pills in the Field operations input. */
  const chosenIn = (scope: HTMLElement) =>
    [...scope.querySelectorAll('.mantine-Pill-label')].map((pill) => pill.textContent)

  it('from the list: keeps the choice, says what happened, and a retry answers what was done', async () => {
    const { user } = await renderApp('/releases?sort=title', { signedInAs: 'user-admin-elena' })
    await screen.findByRole('table', { name: /^Releases/ })
    const box = screen.getAllByRole('checkbox', { name: /^Select (?!all on this page)/ })[0]!
    const id = db.releases.findMany((q) =>
      q.where({ title: box.getAttribute('aria-label')!.replace(/^Select /, '') }),
    )[0]!.id
    await user.click(box)
    await user.click(screen.getByRole('button', { name: 'Assign to field operations…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Assign to field operations' })
    await chooseMoldova(user, dialog)
    const assign = () => within(dialog).getByRole('button', { name: 'Assign 1 release' })

    await walkFaults({
      user,
      method: 'post',
      path: '/releases/assignments',
      scope: () => dialog,
      send: () => user.click(assign()),
      kept: () => {
        expect(chosenIn(dialog)).toEqual(['Mission to Moldova'])
        expect(within(dialog).getByText('Assign 1 release to the field operations you choose.')).toBeInTheDocument()
      },
      applied: () => historyOf(id),
      busy: () => expect(assign()).toBeDisabled(),
      // The replayed answer is the first one: "Assigned 1", not "Assigned none · 1 already there".
      done: async () => {
        expect(await screen.findByText(/^Assigned \S+ to Mission to Moldova/)).toHaveTextContent(
          /^Assigned 1 to Mission to Moldova$/,
        )
        expect(find('releases', id)!.fieldOperationIds).toContain(moldova)
      },
      conflict: () =>
        alertSays(
          { scope: () => dialog } as Scene,
          'Not assigned: Changed by someone else',
          'Your choice of releases and field operations is kept.',
        ),
    })
  })

  it('on a release’s page: keeps the choice, says what happened, saves once', async () => {
    const id = 'release-borg-tajikistan'
    const { user } = await renderApp(`/releases/${id}`, { signedInAs: 'user-admin-elena' })
    const facts = await screen.findByRole('complementary', { name: 'About this release' })
    await waitFor(() => expect(within(facts).getByRole('combobox', { name: 'Field operations' })).toBeInTheDocument())
    await chooseMoldova(user, facts)
    const save = () => within(facts).getByRole('button', { name: 'Save field operations' })

    await walkFaults({
      user,
      method: 'post',
      path: '/releases/assignments',
      scope: () => facts,
      send: () => user.click(save()),
      kept: () => expect(chosenIn(facts)).toContain('Mission to Moldova'),
      applied: () => historyOf(id),
      busy: () => expect(save()).toBeDisabled(),
      done: async () => {
        expect(await screen.findByText('Assigned to Mission to Moldova')).toBeInTheDocument()
        expect(find('releases', id)!.fieldOperationIds).toContain(moldova)
      },
      conflict: () =>
        alertSays(
          { scope: () => facts } as Scene,
          'Field operations not saved: Changed by someone else',
          'Your choice is still here.',
        ),
    })
  })
})

describe('deleting a draft under faults', () => {
  it('says what happened, keeps the draft until it is gone, and a delete whose answer was lost counts as done', async () => {
    const draft = amrasDraft()
    const { user, router } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await user.click(await screen.findByRole('button', { name: 'Delete draft' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete this draft?' })
    const remove = () => within(dialog).getByRole('button', { name: 'Delete' })
    const scene: Scene = {
      user,
      method: 'delete',
      path: '/releases/:id',
      scope: () => dialog,
      send: () => user.click(remove()),
      kept: () => expect(dialog).toHaveTextContent(draft.title),
      applied: () => (find('releases', draft.id) ? 0 : 1),
      busy: () => expect(remove()).toBeDisabled(),
      done: () => waitFor(() => expect(router.state.location.pathname).toBe('/releases')),
      conflict: () => alertSays(scene, 'The draft was not deleted: Changed by someone else'),
      // The dialog's alert says "Press Delete to try again": its own button is the retry.
      retry: () => user.click(remove()),
    }
    await walkFaults(scene)
  })
})

describe('the release editor under faults', () => {
  const defaults = { ...editorTiming }
  afterEach(() => Object.assign(editorTiming, defaults))

  const titleField = () => screen.getByRole('textbox', { name: /^Title/ })
  const summaryField = () => screen.getByRole('textbox', { name: /^Summary/ })
  const form = (name: string) => screen.getByRole('form', { name })

  it('a new release: keeps what was typed, says what happened, and Retry makes exactly one release', async () => {
    const { user, router } = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Mission trains border guards')
    await pick(user, /^Place/, 'Vienna')
    await pick(user, /^Sources/, 'OSCE Chairpersonship')
    await user.type(summaryField(), 'Training for border guards.')
    const count = () => db.releases.all().filter((release) => release.title === 'Mission trains border guards').length
    const scene: Scene = {
      user,
      method: 'post',
      path: '/releases',
      scope: () => form('New release'),
      send: () => user.click(saveButton()),
      kept: () => {
        expect(titleField()).toHaveValue('Mission trains border guards')
        expect(summaryField()).toHaveValue('Training for border guards.')
        expect(router.state.location.pathname).toBe('/releases/new')
      },
      applied: count,
      busy: () => {
        expect(saveButton()).toBeDisabled()
        expect(screen.getByText('Saving…')).toBeInTheDocument()
      },
      done: async () => {
        await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/releases\/release-[\w-]+\/edit$/))
        expect(await screen.findByRole('heading', { level: 1, name: 'Edit release' })).toBeInTheDocument()
        expect(titleField()).toHaveValue('Mission trains border guards')
      },
      conflict: () => alertSays(scene, 'Your changes were not saved: Changed by someone else'),
      // Retry sits beside Save, in the save status.
      retry: () => user.click(screen.getByRole('button', { name: 'Retry' })),
    }
    await walkFaults(scene)
    expect(count()).toBe(1)
  })

  it('autosave of a new release: the create went through but its answer was lost; the next autosave makes no second release', async () => {
    editorTiming.autosaveMs = 100
    const { user, router } = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    const lost = commitThenDropConnection('post', '/releases', { times: 1 })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Autosaved once')
    await pick(user, /^Place/, 'Vienna')
    await pick(user, /^Sources/, 'OSCE Chairpersonship')

    const alert = await within(form('New release')).findByRole('alert')
    expect(alert).toHaveTextContent('No connection')
    expect(alert).toHaveTextContent('Retry will not make it twice')
    expect(lost.calls).toBe(1)
    const made = () => db.releases.all().filter((release) => release.title === 'Autosaved once')
    expect(made()).toHaveLength(1)

    // Typing on: the next autosave sends the same create again, answered with the release already made.
    await user.type(summaryField(), 'Typed after the connection dropped.')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${made()[0]!.id}/edit`))
    expect(made()).toHaveLength(1)
    // What was typed after the lost answer waits on the edit page, offered back.
    await user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(summaryField()).toHaveValue('Typed after the connection dropped.')
  })

  it('an existing draft: keeps what was typed through 500, 503, no connection and a slow save; Save cannot be sent twice', async () => {
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await user.clear(await screen.findByRole('textbox', { name: /^Title/ }))
    await user.type(titleField(), 'Edited through the faults')
    const scope = () => form('Edit release')
    const scene = { user, scope } as Scene
    const retryButton = () => user.click(screen.getByRole('button', { name: 'Retry' }))
    const kept = () => expect(titleField()).toHaveValue('Edited through the faults')
    const saved = () => find('releases', draft.id)!

    let fault: Fault = failWith500('patch', '/releases/:id')
    await user.click(saveButton())
    await alertSays(
      scene,
      'Your changes were not saved: Server error',
      'Everything you typed is still here',
      'Use Retry beside Save',
    )
    kept()
    fault.heal()

    fault = failWith503('patch', '/releases/:id', { retryAfter: 30 })
    await retryButton()
    await alertSays(scene, 'Server unavailable', 'Try again in 30 seconds.')
    kept()
    fault.heal()

    fault = failWithNetworkError('patch', '/releases/:id')
    await retryButton()
    await alertSays(scene, 'No connection', 'Check your connection, then try again.')
    kept()
    fault.heal()
    expect(saved().version).toBe(draft.version)

    const held = holdResponses('patch', '/releases/:id')
    await retryButton()
    await held.arrived()
    expect(saveButton()).toBeDisabled()
    expect(screen.getByText('Saving…')).toBeInTheDocument()
    await user.keyboard('{Control>}s{/Control}')
    expect(held.calls).toBe(1)
    held.release()
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(within(scope()).queryByRole('alert')).not.toBeInTheDocument()
    expect(saved()).toMatchObject({ title: 'Edited through the faults', version: draft.version + 1 })
  })

  it('an existing draft: an edit whose answer was lost is recognised on Retry as our own, not shown as a conflict', async () => {
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await user.clear(await screen.findByRole('textbox', { name: /^Title/ }))
    await user.type(titleField(), 'Saved, answer lost')

    commitThenDropConnection('patch', '/releases/:id', { times: 1 })
    await user.click(saveButton())
    await alertSays({ scope: () => form('Edit release') } as Scene, 'No connection')
    expect(find('releases', draft.id)).toMatchObject({ title: 'Saved, answer lost', version: draft.version + 1 })

    // The retried PATCH carries the old version: the server answers 409, and their version is ours.
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Conflicting changes' })).not.toBeInTheDocument()
    expect(find('releases', draft.id)!.version).toBe(draft.version + 1)
    expect(titleField()).toHaveValue('Saved, answer lost')
  })

  it('an existing draft: a 409 offers the side-by-side conflict panel, with what was typed', async () => {
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    await user.clear(await screen.findByRole('textbox', { name: /^Title/ }))
    await user.type(titleField(), 'Mine, in conflict')
    const fault = failWith409('patch', '/releases/:id')
    await user.click(saveButton())
    const panel = await screen.findByRole('region', { name: 'Conflicting changes' })
    expect(shownText(within(panel).getByRole('figure', { name: 'Title: theirs and mine' }))).toContain(
      'Mine: this tabMine, in conflict',
    )
    expect(screen.getByText('Not saved — a newer version was saved first')).toBeInTheDocument()
    expect(titleField()).toHaveValue('Mine, in conflict')
    fault.heal()
    await user.click(within(panel).getByRole('button', { name: 'Keep all mine' }))
    await user.click(screen.getByRole('button', { name: 'Save merged' }))
    await waitFor(() => expect(find('releases', draft.id)!.title).toBe('Mine, in conflict'))
  })

  it('autosave of a draft: a 503 says when to try again, and autosave waits that long before it sends again', async () => {
    editorTiming.autosaveMs = 100
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })
    const fault = failWith503('patch', '/releases/:id', { retryAfter: 20 })
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), ' (autosaved)')
    await alertSays({ scope: () => form('Edit release') } as Scene, 'Server unavailable', 'Try again in 20 seconds.')
    expect(titleField()).toHaveValue(`${draft.title} (autosaved)`)
    expect(fault.calls).toBe(1)

    // Typing on within the 20 seconds: autosave does not knock again.
    await user.type(titleField(), '!')
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)))
    expect(fault.calls).toBe(1)
    expect(titleField()).toHaveValue(`${draft.title} (autosaved)!`)

    // Once they have passed (and the server is back), the next pause in typing saves.
    fault.heal()
    vi.setSystemTime(Date.now() + 20_000)
    await user.type(titleField(), '!')
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument()
    expect(find('releases', draft.id)!.title).toBe(`${draft.title} (autosaved)!!`)
  })
})
