import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { FilterSelect } from './filter-select'
import FilterSelectLive from './filter-select-live'
import type { FilterSelectProps } from './filter-select-parts'
import { FilterSelectStandIn } from './filter-select-stand-in'

const options = [
  { value: 'user-editor-amra', label: 'Amra Hadžić' },
  { value: 'user-editor-jonas', label: 'Jonas Berg' },
  { value: 'user-reviewer-tomasz', label: 'Tomasz Nowak' },
]

const props = (more: Partial<FilterSelectProps> = {}): FilterSelectProps => ({
  label: 'Author',
  options,
  pending: false,
  value: undefined,
  onChange: vi.fn<(value: string | undefined) => void>(),
  ...more,
})

const inProvider = (node: ReactNode) => <MantineProvider env="test">{node}</MantineProvider>

/** The labelled box as drawn, without the class naming its generated responsive width rule. */
const drawnBox = (container: HTMLElement) => {
  const root = within(container).getByRole('combobox').closest('.mantine-Select-root')!
  return root.outerHTML.replace(/__m__-[\w-]+/g, 'width-rule')
}

const listbox = () => screen.queryByRole('listbox', { hidden: true })

describe('FilterSelect', () => {
  it.each([
    ['no value', undefined],
    ['a value', 'user-editor-jonas'],
  ])('is first drawn as a stand-in made exactly as the select is (%s)', (_, value) => {
    const standIn = render(inProvider(<FilterSelectStandIn {...props({ value })} id="f" onTakeOver={() => {}} />))
    const select = render(inProvider(<FilterSelectLive {...props({ value })} id="f" takeOver={null} />))
    // Label, box, placeholder, chevron (and the clear button with a value), classes and width alike.
    expect(drawnBox(standIn.container)).toBe(drawnBox(select.container))
    expect(within(standIn.container).queryByRole('listbox', { hidden: true })).not.toBeInTheDocument()
  })

  it('is a combobox named by its label, showing the chosen option, with no list until used', () => {
    render(inProvider(<FilterSelect {...props({ value: 'user-editor-jonas', width: 240 })} />))
    const combobox = screen.getByRole('combobox', { name: 'Author' })
    expect(combobox).toHaveValue('Jonas Berg')
    expect(combobox).toHaveAttribute('placeholder', 'Any')
    expect(combobox).toHaveAttribute('aria-expanded', 'false')
    expect(listbox()).not.toBeInTheDocument()
  })

  it('turns into the select on a press, keeping the focus, its list open; typing narrows it, a pick sets it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<FilterSelect {...props({ onChange })} />))
    await user.click(screen.getByRole('combobox', { name: 'Author' }))

    const combobox = screen.getByRole('combobox', { name: 'Author' })
    expect(combobox).toHaveFocus()
    expect(combobox).toHaveAttribute('aria-expanded', 'true')
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(3)
    await user.keyboard('jon')
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Jonas Berg'])
    await user.click(screen.getByRole('option', { name: 'Jonas Berg' }))
    expect(onChange).toHaveBeenCalledExactlyOnceWith('user-editor-jonas')
  })

  it('opens from the keyboard as the select does: Tab to it, ArrowDown, Enter picks', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<FilterSelect {...props({ onChange })} />))
    await user.tab()
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveFocus()
    expect(screen.getByRole('listbox')).toBeVisible()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('user-editor-amra')
  })

  it('clears a chosen option from the stand-in without opening anything', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<FilterSelect {...props({ value: 'user-editor-jonas', onChange })} />))
    // Labelled as the select's; like it, out of the Tab order and hidden from the accessibility
    // tree (the combobox's text is cleared as any text is), so a pointer's shortcut.
    await user.click(screen.getByLabelText('Clear author'))
    expect(onChange).toHaveBeenCalledExactlyOnceWith(undefined)
    expect(screen.getByRole('combobox', { name: 'Author' })).not.toHaveFocus()
    expect(listbox()).not.toBeInTheDocument()
  })

  it('keeps what was typed while the select was still loading, and its place in the text', async () => {
    vi.resetModules()
    let loaded!: () => void
    const loading = new Promise<void>((resolve) => (loaded = resolve))
    vi.doMock('./filter-select-live', async (importOriginal) => {
      await loading
      return importOriginal()
    })
    const { FilterSelect: Fresh } = await import('./filter-select')
    const user = userEvent.setup()
    render(inProvider(<Fresh {...props()} />))
    await user.click(screen.getByRole('combobox', { name: 'Author' }))
    await user.keyboard('tom')
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveValue('tom')
    expect(listbox()).not.toBeInTheDocument()

    await act(async () => loaded())
    const combobox = await screen.findByRole('combobox', { name: 'Author', expanded: true })
    expect(combobox).toHaveValue('tom')
    expect(combobox).toHaveFocus()
    await user.keyboard('asz')
    expect(combobox).toHaveValue('tomasz')
    expect(within(screen.getByRole('listbox')).getByRole('option')).toHaveTextContent('Tomasz Nowak')
    vi.doUnmock('./filter-select-live')
  })
})
