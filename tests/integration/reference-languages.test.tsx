import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, db, find } from '../../mocks/db'
import { renderApp } from '../render'
import { admin, bumpVersion, dialog, editor, reviewer, rowOf } from './reference-helpers'

const table = () => screen.findByRole('table', { name: /^Languages/ })
const field = (form: HTMLElement, name: RegExp) => within(form).getByRole('textbox', { name })

describe('languages', () => {
  it.each([editor, reviewer])(
    'are listed, read only, for %s, each native name in its own language',
    async (signedInAs) => {
      await renderApp('/languages', { signedInAs })
      const languages = await screen.findByRole('table', { name: 'Languages (19)' })
      expect(screen.getByRole('link', { name: 'Languages' })).toHaveAttribute('aria-current', 'page')
      const russian = rowOf(languages, 'Russian')
      expect(within(russian).getByText('Русский')).toHaveAttribute('lang', 'ru')
      expect(within(russian).getByText('Cyrillic (Cyrl)')).toBeInTheDocument()
      expect(within(russian).getByText('Yes')).toBeInTheDocument()
      expect(within(rowOf(languages, 'Montenegrin')).getByText('Crnogorski')).toHaveAttribute('lang', 'cnr')
      expect(screen.queryByRole('button', { name: /New language|^Edit |^Delete / })).not.toBeInTheDocument()
    },
  )

  it('adds one: the contract’s messages as typed, the server’s beside their fields', async () => {
    const { user } = await renderApp('/languages', { signedInAs: admin })
    await user.click(await screen.findByRole('button', { name: 'New language' }))
    const form = await dialog('New language')

    await user.click(within(form).getByRole('button', { name: 'Add' }))
    expect(await within(form).findByText('Code is required')).toBeInTheDocument()
    expect(within(form).getByText('Native name is required')).toBeInTheDocument()
    expect(within(form).getByText('Choose a script')).toBeInTheDocument()

    const code = field(form, /^Code/)
    await user.type(code, 'armenian')
    await user.tab()
    expect(code).toHaveAccessibleDescription(/Code must be a BCP 47 tag/)
    await user.clear(code)
    await user.type(code, 'RU')
    await user.type(field(form, /^Name in English/), 'ROMANIAN')
    await user.type(field(form, /^Native name/), 'Հայերեն')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Script/ }), 'Armenian (Armn)')
    await user.click(within(form).getByRole('button', { name: 'Add' }))
    // The server's 422, each message beside its field.
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Russian already uses ru/))
    expect(field(form, /^Name in English/)).toHaveAccessibleDescription(/Another language is already called ROMANIAN/)

    await user.clear(code)
    await user.type(code, 'hy')
    await user.clear(field(form, /^Name in English/))
    await user.type(field(form, /^Name in English/), 'Armenian')
    expect(field(form, /^Native name/)).toHaveAttribute('lang', 'hy')
    await user.click(within(form).getByRole('button', { name: 'Add' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const languages = await screen.findByRole('table', { name: 'Languages (20)' })
    expect(within(rowOf(languages, 'Armenian')).getByText('Հայերեն')).toHaveAttribute('lang', 'hy')
    expect(db.languages.all().find((language) => language.code === 'hy')).toMatchObject({ official: false })
  })

  it('edits one with its code read only; a stale version says so and keeps what was typed', async () => {
    const { user } = await renderApp('/languages', { signedInAs: admin })
    await user.click(within(rowOf(await table(), 'Serbian')).getByRole('button', { name: 'Edit Serbian' }))
    const form = await dialog('Edit Serbian')
    const code = field(form, /^Code/)
    expect(code).toHaveValue('sr')
    expect(code).toHaveAttribute('readonly')
    expect(code).toHaveAccessibleDescription(/A language’s code cannot change: releases name the language by it/)

    const native = field(form, /^Native name/)
    await user.clear(native)
    await user.type(native, 'Srpski')
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Script/ }), 'Latin (Latn)')
    await bumpVersion('languages', 'language-sr')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('Someone else changed this — reload')
    expect(native).toHaveValue('Srpski')

    await user.click(within(form).getByRole('button', { name: 'Reload' }))
    expect(await within(form).findByText(/The saved record now reads: Serbian \(sr\), “Српски”/)).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(within(rowOf(await table(), 'Serbian')).getByText('Srpski')).toHaveAttribute('lang', 'sr')
    expect(find('languages', 'language-sr')).toMatchObject({ code: 'sr', nativeName: 'Srpski', script: 'Latn' })
  })

  it('refuses to delete one a release is written in, or an official one, saying why', async () => {
    const [release] = db.releases.all()
    await commit('releases', release!.id, (current) => ({ ...current!, language: 'tg' }))
    const { user } = await renderApp('/languages', { signedInAs: admin })

    await user.click(within(rowOf(await table(), 'Tajik')).getByRole('button', { name: 'Delete Tajik' }))
    const confirm = await dialog('Delete Tajik?')
    expect(confirm).toHaveTextContent(
      'A language that a release is written in, or that a field operation works in, cannot be deleted.',
    )
    expect(await within(confirm).findByText(/Programme Office in Dushanbe works in it\./)).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      // The seed's own translations into Tajik count too, however many it makes.
      /Tajik cannot be deleted: it is used by \d+ releases? and 1 field operation\. Remove those references first\./,
    )
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(within(rowOf(await table(), 'Russian')).getByRole('button', { name: 'Delete Russian' }))
    const official = await dialog('Delete Russian?')
    expect(official).toHaveTextContent('It cannot be deleted: it is one of the OSCE’s six official languages.')
    await user.click(within(official).getByRole('button', { name: 'Delete' }))
    expect(await within(official).findByRole('alert')).toHaveTextContent(
      'Russian cannot be deleted: it is one of the OSCE’s six official languages.',
    )
    expect(find('languages', 'language-ru')).toBeDefined()
    expect(find('languages', 'language-tg')).toBeDefined()
  })

  it('deletes one nothing uses', async () => {
    // Kazakh once the Programme Office in Astana no longer works in it.
    await commit('fieldOperations', 'field-operation-programme-office-in-astana', (current) => ({
      ...current!,
      languageCodes: ['en', 'ru'],
    }))
    const { user } = await renderApp('/languages', { signedInAs: admin })
    await user.click(within(rowOf(await table(), 'Kazakh')).getByRole('button', { name: 'Delete Kazakh' }))
    const confirm = await dialog('Delete Kazakh?')
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByRole('table', { name: 'Languages (18)' })).toBeInTheDocument()
    expect(find('languages', 'language-kk')).toBeUndefined()
  })
})
