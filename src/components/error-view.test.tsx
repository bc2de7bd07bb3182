import { MantineProvider } from '@mantine/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error'
import { ErrorView } from './error-view'

const renderView = (error: unknown, onRetry = vi.fn<() => void>()) =>
  render(
    <MantineProvider env="test">
      <ErrorView error={error} onRetry={onRetry} />
    </MantineProvider>,
  )

describe('ErrorView', () => {
  it('says a 404 of the API means the thing is gone, and offers Try again', async () => {
    const onRetry = vi.fn<() => void>()
    renderView(new ApiError({ status: 404, title: 'Not found', detail: 'No such release.' }), onRetry)

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This could not be loaded')
    expect(alert).toHaveTextContent('It does not exist, or it was deleted.')
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('says the demo backend is not running in this tab when the answer was not from the API, and offers Reload', () => {
    renderView(new ApiError({ status: 404, title: 'Not an answer from the API', notFromApi: true }))

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The demo backend is not running in this tab')
    expect(alert).toHaveTextContent('Reload this tab to start it.')
    expect(alert).not.toHaveTextContent('does not exist')
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })
})
