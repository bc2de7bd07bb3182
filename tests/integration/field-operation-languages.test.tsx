import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, dialog, editor, rowOf } from './reference-helpers'

const dushanbe = 'field-operation-programme-office-in-dushanbe'
const languagesField = (form: HTMLElement) => within(form).getByRole('combobox', { name: /^Working languages/ })
/** The languages chosen, as their pills read. */
const chosenIn = (form: HTMLElement) =>
  [...form.querySelectorAll('.mantine-Pill-label')].map((pill) => pill.textContent)
/** The "Working languages" fact of an operation's page. */
const workingLanguagesFact = () => screen.getByText('Working languages').nextElementSibling as HTMLElement

async function choose(user: UserEvent, form: HTMLElement, search: string, option: string) {
  const input = languagesField(form)
  await user.click(input)
  await user.type(input, search)
  await user.click(await screen.findByRole('option', { name: option }))
  await user.keyboard('{Escape}')
}

describe('a field operation’s working languages', () => {
  it('are listed compactly in the table, named in full on its page', async () => {
    const { user } = await renderApp('/field-operations?status=active', { signedInAs: editor })
    const table = await screen.findByRole('table', { name: 'Field operations (12)' })
    const row = rowOf(table, 'Mission to Bosnia and Herzegovina')
    expect(within(row).getByText('en bs hr sr')).toHaveAttribute('aria-hidden', 'true')
    expect(within(row).getByText('English, Bosnian, Croatian, Serbian')).toBeInTheDocument()

    await user.click(within(table).getByRole('link', { name: 'Programme Office in Dushanbe' }))
    await screen.findByRole('heading', { level: 1, name: 'Programme Office in Dushanbe' })
    expect(workingLanguagesFact()).toHaveTextContent('English, Russian (Русский), Tajik (Тоҷикӣ)')
    expect(within(workingLanguagesFact()).getByText('Тоҷикӣ')).toHaveAttribute('lang', 'tg')
  })

  it('are set by the admin, in order, and shown on its page', async () => {
    const { user } = await renderApp(`/field-operations/${dushanbe}`, { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = await dialog('Edit Programme Office in Dushanbe')
    expect(chosenIn(form)).toEqual(['English', 'Russian (Русский)', 'Tajik (Тоҷикӣ)'])

    // Found by its native name too.
    await choose(user, form, 'Oʻzb', 'Uzbek (Oʻzbekcha)')
    expect(chosenIn(form)).toEqual(['English', 'Russian (Русский)', 'Tajik (Тоҷикӣ)', 'Uzbek (Oʻzbekcha)'])
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(workingLanguagesFact()).toHaveTextContent('English, Russian (Русский), Tajik (Тоҷикӣ), Uzbek (Oʻzbekcha)')
    expect(find('fieldOperations', dushanbe)).toMatchObject({ languageCodes: ['en', 'ru', 'tg', 'uz'], version: 2 })
  })

  it('needs one at least, and shows the server’s refusal of a language gone meanwhile beside the field', async () => {
    const { user } = await renderApp(`/field-operations/${dushanbe}`, { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const form = await dialog('Edit Programme Office in Dushanbe')

    const input = languagesField(form)
    await user.click(input)
    await user.keyboard('{Backspace}{Backspace}{Backspace}')
    expect(chosenIn(form)).toEqual([])
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Choose at least one language')).toBeInTheDocument()
    expect(languagesField(form)).toHaveAccessibleDescription(/Choose at least one language/)

    // Another admin deletes Uzbek after the form listed it (nothing used it then).
    await choose(user, form, 'Uzb', 'Uzbek (Oʻzbekcha)')
    await choose(user, form, 'Eng', 'English')
    await commit('languages', 'language-uz', () => null)
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByText('Unknown language: uz')).toBeInTheDocument()
    expect(languagesField(form)).toHaveAccessibleDescription(/Unknown language: uz/)
    expect(chosenIn(form)).toEqual(['Uzbek (Oʻzbekcha)', 'English'])
    expect(find('fieldOperations', dushanbe)).toMatchObject({ languageCodes: ['en', 'ru', 'tg'], version: 1 })
  })
})
