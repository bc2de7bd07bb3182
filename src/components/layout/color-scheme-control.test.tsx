import { MantineProvider } from '@mantine/core'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ColorSchemeControl } from './color-scheme-control'

describe('ColorSchemeControl', () => {
  it('names each scheme from the start, and shows its tooltip once a pointer comes over the control', async () => {
    render(
      <MantineProvider env="test">
        <ColorSchemeControl />
      </MantineProvider>,
    )
    const scheme = screen.getByRole('radiogroup', { name: 'Color scheme' })
    for (const name of ['Light', 'Dark', 'System'])
      expect(within(scheme).getByRole('radio', { name })).toBeInTheDocument()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

    const user = userEvent.setup()
    // The first hover loads the tooltip's code; a pointer that comes over an icon once it is drawn
    // opens it. When React draws it after the chunk arrives is its own affair (it flaked on busy
    // machines when the test guessed), so the pointer comes back until it has.
    await user.hover(within(scheme).getByText('Light'))
    await waitFor(
      async () => {
        await user.unhover(within(scheme).getByText('Light'))
        await user.hover(within(scheme).getByText('Light'))
        expect(await screen.findByRole('tooltip', {}, { timeout: 1_000 })).toHaveTextContent('Light')
      },
      { timeout: 10_000 },
    )
  })

  it('chooses by a click, and moves between the choices with the arrow keys as radios do', async () => {
    render(
      <MantineProvider env="test" defaultColorScheme="light">
        <ColorSchemeControl />
      </MantineProvider>,
    )
    const scheme = screen.getByRole('radiogroup', { name: 'Color scheme' })
    expect(within(scheme).getByRole('radio', { name: 'Light' })).toBeChecked()

    const user = userEvent.setup()
    await user.click(within(scheme).getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark')
    expect(within(scheme).getByRole('radio', { name: 'Dark' })).toHaveFocus()

    await user.keyboard('{ArrowRight}')
    expect(within(scheme).getByRole('radio', { name: 'System' })).toBeChecked()
    expect(within(scheme).getByRole('radio', { name: 'System' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(within(scheme).getByRole('radio', { name: 'Light' })).toBeChecked()
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light')
  })
})
