import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
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
    // The first hover loads the tooltip's code; a pointer that comes over an icon then opens it.
    await user.hover(within(scheme).getByText('Light'))
    await act(() => import('./scheme-tooltip'))
    await user.unhover(within(scheme).getByText('Light'))
    await user.hover(within(scheme).getByText('Light'))
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Light')
  })
})
