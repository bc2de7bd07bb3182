import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../mocks/db'
import { server } from '../../mocks/node'
import { writeSession } from '../../src/api/session-storage'
import { renderApp } from '../render'
import { problem } from './problem'
import { amrasDraft, saveButton } from './release-editor-helpers'

/*
 * Issue #17: with an identity provider in the deployment's settings, the app signs people in
 * through it (oidc-client-ts, authorization code with PKCE). The provider is a stand-in here:
 * its UserManager records what the app asks and answers what a provider would; the mock API
 * (demo mode) issues the tokens it then accepts. The real provider and server are the
 * end-to-end test's (tests/e2e, against server/test-support/oidc-provider.ts).
 */

const provider = { issuer: 'https://id.example.org/realms/osce', clientId: 'newsroom-admin' }

const fake = vi.hoisted(() => ({
  settings: [] as Record<string, unknown>[],
  redirects: [] as { state?: unknown }[],
  signOuts: 0,
  revoked: [] as string[],
  callback: null as null | (() => Promise<{ access_token: string; state: unknown }>),
}))

vi.mock('oidc-client-ts', () => ({
  WebStorageStateStore: class {
    constructor(readonly options: unknown) {}
  },
  UserManager: class {
    events = { addUserLoaded: () => () => undefined }
    constructor(settings: Record<string, unknown>) {
      fake.settings.push(settings)
    }
    async signinRedirect(args: { state?: unknown }) {
      fake.redirects.push(args)
    }
    async signinRedirectCallback() {
      if (!fake.callback) throw new Error('No sign-in was under way in this tab.')
      return fake.callback()
    }
    async revokeTokens(types: string[]) {
      fake.revoked.push(...types)
    }
    async signoutRedirect() {
      fake.signOuts += 1
    }
    async getUser() {
      return null
    }
  },
}))

function setRuntimeConfig(config: unknown) {
  const meta = document.createElement('meta')
  meta.name = 'newsroom-config'
  meta.content = JSON.stringify(config)
  document.head.append(meta)
}

beforeEach(() => {
  setRuntimeConfig({ publicReleaseUrl: null, oidc: provider })
  Object.assign(fake, { redirects: [], signOuts: 0, revoked: [], callback: null })
})
afterEach(() => document.head.querySelector('meta[name="newsroom-config"]')?.remove())

/** The provider sends the person back with a token for `userId`, and the state the app gave it. */
async function providerAnswers(userId: string, state: unknown) {
  const token = await signInAs(userId)
  fake.callback = async () => ({ access_token: token, state })
}

describe('signing in through an identity provider', { timeout: 60_000 }, () => {
  it('offers the provider instead of the seeded people, and sends it the page asked for', async () => {
    const { user, router } = await renderApp('/states?kind=asian-partner')

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Newsroom admin' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'People' })).not.toBeInTheDocument()
    expect(screen.queryByText(/This is a demo/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign in with your organisation account' }))

    await waitFor(() => expect(fake.redirects).toEqual([{ state: { redirect: '/states?kind=asian-partner' } }]))
    expect(fake.settings.at(-1)).toMatchObject({
      authority: provider.issuer,
      client_id: provider.clientId,
      redirect_uri: `${window.location.origin}/auth/callback`,
      post_logout_redirect_uri: `${window.location.origin}/sign-in`,
      scope: 'openid profile email',
    })
    expect(router.state.location.pathname).toBe('/sign-in')
  })

  it('comes back to the page asked for, signed in as the person the token names, with no demo sign', async () => {
    await providerAnswers('user-editor-amra', { redirect: '/states?kind=asian-partner' })
    const { router } = await renderApp('/auth/callback?code=abc&state=xyz')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Participating States and Partners' }),
    ).toBeInTheDocument()
    expect(router.state.location.href).toBe('/states?kind=asian-partner')
    const header = screen.getByRole('banner')
    expect(within(header).getByText('Amra Hadžić')).toBeInTheDocument()
    expect(within(header).queryByText('Demo')).not.toBeInTheDocument()
  })

  it('never follows a redirect to another site', async () => {
    await providerAnswers('user-reviewer-claire', { redirect: '//evil.example/phish' })
    const { router } = await renderApp('/auth/callback?code=abc&state=xyz')

    // A reviewer's landing page.
    expect(await screen.findByRole('heading', { level: 1, name: 'Review queue' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/review')
  })

  it('says when the provider’s answer cannot be used, and offers to start again', async () => {
    const { user, router } = await renderApp('/auth/callback?code=abc&state=stale')

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { level: 1, name: 'Signing in did not complete' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('No sign-in was under way in this tab.')
    await user.click(within(alert).getByRole('link', { name: 'Sign in again' }))
    expect(await screen.findByRole('button', { name: 'Sign in with your organisation account' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/sign-in')
  })

  it('shows a person with none of the roles a "no access" page, from which they sign out at the provider', async () => {
    await providerAnswers('user-editor-amra', { redirect: '/releases' })
    server.use(
      http.get('/api/session', () =>
        problem(403, 'Forbidden', 'Your account has none of the roles editor, reviewer or admin.'),
      ),
    )
    const { user } = await renderApp('/auth/callback?code=abc&state=xyz')

    expect(await screen.findByRole('heading', { level: 1, name: 'No access to Newsroom admin' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    await waitFor(() => expect(fake.signOuts).toBe(1))
    expect(sessionStorage.getItem('newsroom-admin.session')).toBeNull()
  })

  it('signing out ends the session at the provider too, its refresh token revoked first', async () => {
    writeSession({ token: await signInAs('user-admin-elena') })
    const { user } = await renderApp('/states')

    await user.click(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Sign out' }))

    await waitFor(() => expect(fake.signOuts).toBe(1))
    expect(fake.revoked).toEqual(['refresh_token'])
    expect(sessionStorage.getItem('newsroom-admin.session')).toBeNull()
  })

  it('a token that expires in the middle of an edit loses nothing: signed in again, the text is there', async () => {
    const draft = amrasDraft()
    writeSession({ token: await signInAs('user-editor-amra') })
    const first = await renderApp(`/releases/${draft.id}/edit`)
    await first.user.type(await screen.findByRole('textbox', { name: /^Title/ }), ' (typed before the token expired)')

    // The provider's token has expired: the API refuses it.
    server.use(http.patch('/api/releases/:id', () => problem(401, 'Unauthorized', 'The token has expired.')))
    await first.user.click(saveButton())
    // The editor holds the way to sign-in back until the person says so, and tells them the text is kept.
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(dialog).toHaveTextContent('Your session has ended')
    expect(dialog).toHaveTextContent('They are kept in this browser')
    await first.user.click(within(dialog).getByRole('button', { name: 'Leave' }))
    expect(await screen.findByRole('button', { name: 'Sign in with your organisation account' })).toBeInTheDocument()
    const editor = `/releases/${draft.id}/edit`
    expect(first.router.state.location.search).toEqual({ redirect: editor })
    await first.user.click(screen.getByRole('button', { name: 'Sign in with your organisation account' }))
    await waitFor(() => expect(fake.redirects).toEqual([{ state: { redirect: editor } }]))
    server.resetHandlers()

    // The page went to the provider and came back: a new page in the same tab.
    first.view.unmount()
    await providerAnswers('user-editor-amra', { redirect: editor })
    const back = await renderApp('/auth/callback?code=abc&state=xyz')
    await back.user.click(await screen.findByRole('button', { name: 'Restore' }))
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue(
      `${draft.title} (typed before the token expired)`,
    )
  })
})

describe('the demo', () => {
  it('says in the header that it is a demo when no identity provider is configured', async () => {
    document.head.querySelector('meta[name="newsroom-config"]')?.remove()
    await renderApp('/states', { signedInAs: 'user-admin-elena' })

    expect(within(await screen.findByRole('banner')).getByText('Demo')).toBeInTheDocument()
  })
})
