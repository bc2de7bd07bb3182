import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { DateFilter, DateFilterStandIn, type DateFilterProps } from './date-filter'
import DateFilterInput from './date-filter-input'

const props = (more: Partial<DateFilterProps> = {}): DateFilterProps => ({
  label: 'From',
  value: undefined,
  onChange: vi.fn<(value: string | undefined) => void>(),
  ...more,
})

const inProvider = (node: ReactNode) => <MantineProvider env="test">{node}</MantineProvider>

/** The labelled box as drawn, without the ids and the class naming its generated responsive width rule. */
const drawnBox = (container: HTMLElement) => {
  const root = within(container).getByRole('textbox').closest('.mantine-DateInput-root')!
  return root.outerHTML.replace(/__m__-[\w-]+/g, 'width-rule').replace(/ (id|for)="[^"]*"/g, ' $1="id"')
}

/** The picker's calendar, open or not (its days are buttons in a month's table). */
const calendar = () => screen.queryByRole('table', { hidden: true })

describe('DateFilter', () => {
  it.each([
    ['no date', undefined],
    ['a date', '2024-03-05'],
  ])('is first drawn as a stand-in made exactly as the picker is (%s)', (_, value) => {
    const standIn = render(inProvider(<DateFilterStandIn {...props({ value })} onTakeOver={() => {}} />))
    const picker = render(inProvider(<DateFilterInput {...props({ value })} takeOver={null} />))
    // Label, box, placeholder, the date (and its clear button), classes and width alike.
    expect(drawnBox(standIn.container)).toBe(drawnBox(picker.container))
  })

  it('is a textbox named by its label, showing its date, with no calendar until used', () => {
    render(inProvider(<DateFilter {...props({ value: '2024-03-05' })} />))
    const textbox = screen.getByRole('textbox', { name: 'From' })
    expect(textbox).toHaveValue('2024-03-05')
    expect(textbox).toHaveAttribute('placeholder', 'YYYY-MM-DD')
    expect(textbox).not.toHaveAttribute('readonly')
    expect(calendar()).not.toBeInTheDocument()
  })

  it('turns into the picker on a press, keeping the focus, its calendar open; a whole date typed sets it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<DateFilter {...props({ onChange })} />))
    await user.click(screen.getByRole('textbox', { name: 'From' }))

    const textbox = screen.getByRole('textbox', { name: 'From' })
    expect(textbox).toHaveFocus()
    expect(calendar()).toBeInTheDocument()
    await user.keyboard('2024-01-0')
    expect(onChange).not.toHaveBeenCalled()
    await user.keyboard('1')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2024-01-01')
  })

  it('takes the caret from where the person pressed in a date', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<DateFilter {...props({ value: '2024-03-05', onChange })} />))
    await user.pointer({ keys: '[MouseLeft]', target: screen.getByRole('textbox', { name: 'From' }), offset: 9 })
    const textbox = screen.getByRole('textbox', { name: 'From' })
    expect(textbox).toHaveFocus()
    expect(calendar()).toBeInTheDocument()
    expect([(textbox as HTMLInputElement).selectionStart, (textbox as HTMLInputElement).selectionEnd]).toEqual([9, 9])
    await user.keyboard('{Backspace}1')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2024-03-15')
  })

  it('clears a date from the stand-in without opening the calendar', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<DateFilter {...props({ label: 'To', value: '2024-03-05', onChange })} />))
    // Labelled as the picker's; like it, a pointer's shortcut (the text is cleared as any text is).
    await user.click(screen.getByLabelText('Clear to date'))
    expect(onChange).toHaveBeenCalledExactlyOnceWith(undefined)
    expect(screen.getByRole('textbox', { name: 'To' })).not.toHaveFocus()
    expect(calendar()).not.toBeInTheDocument()
  })

  it('keeps what was typed while the picker was still loading, and its place in the text', async () => {
    vi.resetModules()
    let loaded!: () => void
    const loading = new Promise<void>((resolve) => (loaded = resolve))
    vi.doMock('./date-filter-input', async (importOriginal) => {
      await loading
      return importOriginal()
    })
    const { DateFilter: Fresh } = await import('./date-filter')
    const user = userEvent.setup()
    const onChange = vi.fn<(value: string | undefined) => void>()
    render(inProvider(<Fresh {...props({ onChange })} />))
    await user.click(screen.getByRole('textbox', { name: 'From' }))
    await user.keyboard('2024-02')
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('2024-02')
    expect(calendar()).not.toBeInTheDocument()

    await act(async () => loaded())
    await screen.findByRole('table', { hidden: true })
    const textbox = screen.getByRole('textbox', { name: 'From' })
    expect(textbox).toHaveValue('2024-02')
    expect(textbox).toHaveFocus()
    expect(onChange).not.toHaveBeenCalled()
    await user.keyboard('-29')
    expect(textbox).toHaveValue('2024-02-29')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2024-02-29')
    vi.doUnmock('./date-filter-input')
  })
})
