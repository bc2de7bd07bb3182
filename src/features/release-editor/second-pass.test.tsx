import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { expect, test } from 'vitest'
import { lazyFetchedWhenIdle } from './second-pass'

type Chunk = { default: (props: { name: string }) => string }
const chunk: Chunk = { default: ({ name }) => `The ${name} part` }

test('a part whose chunk is not here yet shows its fallback, then itself', async () => {
  let arrive: (module: Chunk) => void = () => undefined
  const Part = lazyFetchedWhenIdle(() => new Promise<Chunk>((resolve) => (arrive = resolve)))
  render(
    <Suspense fallback="Loading…">
      <Part name="first" />
    </Suspense>,
  )
  expect(screen.getByText('Loading…')).toBeInTheDocument()
  arrive(chunk)
  expect(await screen.findByText('The first part')).toBeInTheDocument()
})

test('a part fetched before it is first shown (a dialog, the conflict panel) draws in that render, no wait', async () => {
  const fetched = Promise.resolve(chunk)
  const Part = lazyFetchedWhenIdle(() => fetched)
  await fetched // fetched already (when idle; in tests at once), never drawn yet
  render(
    <Suspense fallback="Loading…">
      <Part name="later" />
    </Suspense>,
  )
  expect(screen.getByText('The later part')).toBeInTheDocument()
  expect(screen.queryByText('Loading…')).not.toBeInTheDocument()
})
