import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryHistory } from '@tanstack/react-router'
import { find, signInAs } from '../mocks/db'
import { isApiError } from '../src/api/api-error'
import { App } from '../src/app'
import { createAppInstance } from '../src/app-instance'
import { writeSession } from '../src/api/session-storage'

type Options = {
  /** Sign this seeded user in first (e.g. 'user-editor-amra'), as if they had used the sign-in page. */
  signedInAs?: string
}

/**
 * Renders the whole app at a URL: the real router with a memory history, a fresh
 * QueryClient without retries, Mantine, and the MSW node server of tests/setup.ts.
 */
export async function renderApp(url: string, { signedInAs }: Options = {}) {
  if (signedInAs) {
    if (!find('users', signedInAs)) throw new Error(`renderApp: no seeded user ${signedInAs}`)
    // Only the token is kept in the tab; the app asks GET /session who it belongs to.
    writeSession({ token: await signInAs(signedInAs) })
  }
  const history = createMemoryHistory({ initialEntries: [url] })
  const app = createAppInstance({ history, retry: false })
  const user = userEvent.setup()
  const view = render(<App queryClient={app.queryClient} router={app.router} mantineEnv="test" />, {
    // React logs every error an error boundary catches. A failed request shown in the
    // route's error view is expected; anything else still reaches console.error and fails the test.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack)
    },
  })
  return { user, ...app, view }
}
