import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { failWithNetworkError, holdResponses } from './faults'
import { admin, dialog, rowOf } from './reference-helpers'

/**
 * The connection banner (src/components/layout/connection-status.tsx) and what a lost
 * connection does to a Save (decision 0010): jsdom's window gets the browser's 'offline' and
 * 'online' events; a request with no answer is MSW's network error.
 */

const goOffline = () => act(() => void window.dispatchEvent(new Event('offline')))
const goOnline = () => act(() => void window.dispatchEvent(new Event('online')))
// onlineManager is a module singleton: leave it online for the next test.
afterEach(() => act(() => onlineManager.setOnline(true)))

const liveRegion = () => document.querySelector<HTMLElement>('output[aria-live="polite"]')
const banner = () => within(liveRegion()!).queryByText('No connection')
/** What the caches hear from now on, one line per event with its time: a failure's message tells the story. */
function cacheEvents(queryClient: QueryClient): string[] {
  const heard: string[] = []
  const started = performance.now()
  const note = (what: string) => heard.push(`${Math.round(performance.now() - started)} ms ${what}`)
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated') note(`${JSON.stringify(event.query.queryKey).slice(0, 50)} ${event.action.type}`)
  })
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated') note(`mutation ${event.action.type}`)
  })
  return heard
}

const statesTable = () => screen.findByRole('table', { name: /Participating States|Partners/ })

async function editAlbania() {
  const app = await renderApp('/states', { signedInAs: admin })
  await app.user.click(within(rowOf(await statesTable(), 'Albania')).getByRole('button', { name: 'Edit Albania' }))
  const form = await dialog('Edit Albania')
  const capital = within(form).getByRole('textbox', { name: /^Capital/ })
  await app.user.clear(capital)
  await app.user.type(capital, 'Durrës')
  return { ...app, form, capital }
}

describe('connection status', () => {
  it('shows a polite banner while the browser is offline, without taking focus, and removes it when it is back', async () => {
    const { capital } = await editAlbania()
    expect(liveRegion()).toBeInTheDocument()
    expect(banner()).not.toBeInTheDocument()

    await goOffline()
    expect(banner()).toBeInTheDocument()
    const region = liveRegion()!
    expect(region).toHaveRole('status')
    expect(region).toHaveTextContent('What you have typed stays here; save or retry once the connection is back.')
    expect(region).not.toContainElement(document.activeElement as HTMLElement)
    expect(capital).toHaveFocus()
    expect(capital).toHaveValue('Durrës')

    await goOnline()
    expect(banner()).not.toBeInTheDocument()
    expect(capital).toHaveValue('Durrës')
  })

  it('a Save while offline is not left pending: it says there is no connection, keeps the typing, and Retry saves once back', async () => {
    const { user, form, capital } = await editAlbania()
    await goOffline()
    // What fetch does in a browser that is offline (and has no service worker answering).
    const offline = failWithNetworkError('patch', '/states/:id')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('No connection: it may not have been saved')
    expect(alert).toHaveTextContent('What you typed is still here.')
    expect(within(form).getByRole('button', { name: 'Save' })).toBeEnabled()
    expect(capital).toHaveValue('Durrës')
    expect(offline.calls).toBe(1)

    await goOnline()
    offline.heal()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(find('states', 'state-al')?.capital).toBe('Durrës')
  })

  // Failed in full runs only, on busy machines, and once three times in a row (the CI of
  // 2026-11-30): the banner was not there after the failed save. Not understood yet; a failure now
  // says in its first line what the caches heard meanwhile (the banner follows them).
  it(
    'shows the banner when a request gets no answer, and removes it at the next answered request',
    { retry: 2 },
    async () => {
      const { user, form, queryClient } = await editAlbania()
      const heard = cacheEvents(queryClient)
      // A page's own loads still under way (slow on a busy machine) would answer after the failure
      // and take the banner away before it is read: the next answer must be the Retry's.
      await waitFor(() => expect(queryClient.isFetching()).toBe(0), {
        onTimeout: () => new Error(`Loads still under way: ${heard.join('; ')}`),
      })
      const unreachable = failWithNetworkError('patch', '/states/:id')
      await user.click(within(form).getByRole('button', { name: 'Save' }))
      // Watched from the click on (waitFor looks at every change of the page), so that an answer
      // arriving on a busy machine between the failure and this line cannot hide that it showed.
      await waitFor(() => expect(banner()).toBeInTheDocument(), {
        onTimeout: () =>
          new Error(
            `No banner (${unreachable.calls} failed saves; online: ${onlineManager.isOnline()}): ${heard.join('; ')}`,
          ),
      })
      expect(await within(form).findByRole('alert')).toHaveTextContent('No connection')

      unreachable.heal()
      await user.click(within(form).getByRole('button', { name: 'Retry' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(banner()).not.toBeInTheDocument()
    },
  )

  it('refetches what is on screen when the connection returns', async () => {
    await renderApp('/states?q=alb', { signedInAs: admin })
    expect(within(rowOf(await statesTable(), 'Albania')).getByText('Tirana')).toBeInTheDocument()
    await goOffline()
    // Meanwhile, another admin's change reaches the server.
    await commit('states', 'state-al', (current) => ({ ...current!, capital: 'Tiranë', version: current!.version + 1 }))
    const refetch = holdResponses('get', '/states')
    await goOnline()
    await refetch.arrived(1)
    refetch.heal()
    expect(await within(rowOf(await statesTable(), 'Albania')).findByText('Tiranë')).toBeInTheDocument()
  })
})
