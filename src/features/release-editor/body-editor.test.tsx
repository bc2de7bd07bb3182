import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { find } from 'linkifyjs'
import { StrictMode } from 'react'
import { afterAll, expect, test, vi } from 'vitest'
import BodyEditor from './body-editor'

// Linkify keeps the console.warn it found when it loaded: replaced before any import runs.
const { warn, originalWarn } = vi.hoisted(() => {
  const recorder = vi.fn<(...args: unknown[]) => void>()
  const original = console.warn
  console.warn = recorder
  return { warn: recorder, originalWarn: original }
})
afterAll(() => {
  console.warn = originalWarn
})

function Editor({ value }: { value: string }) {
  return (
    <StrictMode>
      <MantineProvider env="test">
        <span id="body-label">Body</span>
        <BodyEditor id="body" labelId="body-label" value={value} onChange={() => {}} onBlur={() => {}} />
      </MantineProvider>
    </StrictMode>
  )
}

// Linkify (behind the Link extension) is one module-wide scanner. Once it has read text (an
// open editor's autolink does as people type), an editor that registers link schemes makes it
// warn, three lines each time: on every save of a new release, every second editor, every
// StrictMode remount in development.
test('the body editor mounts without a warning when linkify has already been used on the page', async () => {
  expect(find('See https://www.osce.org/ or write to press@osce.org').map((link) => link.href)).toEqual([
    'https://www.osce.org/',
    'mailto:press@osce.org',
  ])
  render(<Editor value={'<p>See <a href="https://www.osce.org/">the OSCE</a></p>'} />)
  expect(await screen.findByRole('link', { name: 'the OSCE' })).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: 'Body' })).toBeInTheDocument()
  expect(warn.mock.calls.map((call) => call.join(' '))).toEqual([])
})
