import '@testing-library/jest-dom/vitest'
import { notifications } from '@mantine/notifications'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetDb } from '../mocks/db'
import { server } from '../mocks/node'
import { TEST_TODAY } from './test-today'

// findBy… waits up to 5 s: whole routes render lazy chunks (dialogs, the editor) that Vite
// transforms on first use, which takes more than the default 1 s on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 })

// jsdom lacks what Mantine and the router's scroll restoration call.
window.scrollTo = () => {}
Element.prototype.scrollIntoView = () => {}
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// Only Date is faked, and it keeps moving from TEST_TODAY, so timers, debounces and
// staleness work as usual.

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
  vi.setSystemTime(TEST_TODAY)
})
afterEach(() => {
  vi.useRealTimers()
})
beforeEach(async () => {
  // Test files share a worker's modules (isolate: false): what an earlier file left in React's
  // act switch (a waitFor cut short by its timeout leaves it off) must not reach this test.
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  await resetDb()
  sessionStorage.clear()
  localStorage.clear()
})
afterEach(() => {
  cleanup()
  // Toasts live in a module-level store, not in the tree: one test's "Saved" must not greet the next.
  notifications.clean()
  server.resetHandlers()
})
afterAll(() => server.close())

// A test that logs an error has a bug somewhere, even when its assertions pass.
let consoleErrors: string[] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '))
  })
})
afterEach(() => {
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called during the test:\n${consoleErrors.join('\n')}`)
  }
})
