import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { renderApp } from '../render'
import { reword, translate } from './language-helpers'
import { seeded } from './workflow-helpers'

// The release page's route and its parts are transformed on first use: seconds on a busy machine.
const languagesPanel = () => screen.findByRole('region', { name: 'Languages' }, { timeout: 10_000 })

describe('language versions', () => {
  // Two whole routes, each transformed on first use: 15 s was not enough on a machine at load 10.
  it(
    'an editor translates a release from its page: the translation’s editor opens, the original beside it',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup()
      await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-amra' })

      const panel = await languagesPanel()
      // The version shown is marked as such, named once the languages are here.
      await waitFor(() =>
        expect(panel.querySelector('[aria-current="page"]')).toHaveTextContent(/^English \(this version\)$/),
      )
      const into = within(panel).getByRole('combobox', { name: 'Translate into' })
      await waitFor(() => expect(into).toBeEnabled())
      await user.click(within(panel).getByRole('button', { name: 'Add translation' }))
      expect(within(panel).getByText('Choose the language to translate into')).toBeInTheDocument()

      // The seed has its Russian version already (it is not offered): German.
      expect(within(into).queryByRole('option', { name: /^Russian/ })).not.toBeInTheDocument()
      await user.selectOptions(into, 'de')
      await user.click(within(panel).getByRole('button', { name: 'Add translation' }))

      // The editor's route and its parts are transformed on their first use: on a busy machine that takes seconds.
      expect(
        await screen.findByText('You are writing the German translation.', {}, { timeout: 10_000 }),
      ).toBeInTheDocument()
      // It starts from the original's words, which show read-only beside it, in the original's language.
      const title = await screen.findByRole('textbox', { name: 'Title' })
      expect(title).toHaveValue(find('releases', seeded)!.title)
      // Its dateline's place as German writes it: a suggestion the translator may change.
      expect(screen.getByRole('combobox', { name: /^Place/ })).toHaveValue('Duschanbe')
      const original = await screen.findByRole('heading', { name: 'The original, in English' })
      const beside = original.closest('details')!
      expect(beside.querySelector('[lang="en"]')).toHaveTextContent(/Borg/)
      // Named as the form's fields are, the body block by block, numbered, so a translator keeps their place.
      expect(within(beside).getByRole('region', { name: 'Title of the original' })).toHaveTextContent(
        find('releases', seeded)!.title,
      )
      const body = within(beside).getByRole('region', { name: /^Body, \d+ paragraphs of the original$/ })
      const blocks = within(body).getAllByRole('listitem')
      expect(blocks.length).toBeGreaterThan(3)
      expect(within(body).getByRole('list')).toHaveTextContent(/^\s*Today/)
    },
  )

  it('a translation whose original changed says so, shows what changed, and its translator marks it up to date', async () => {
    const user = userEvent.setup()
    const { id } = await translate(seeded, 'fr')
    await reword(seeded, 'A summary written after the translation.')
    await renderApp(`/releases/${id}`, { signedInAs: 'user-editor-jonas' })

    const notice = await screen.findByRole('alert', { name: /Needs update: the original changed/ })
    // The original's new summary, word by word against what the translation was made from.
    await waitFor(() =>
      expect(notice).toHaveTextContent(/Summary\[removed: Today, OSCE.*\]\[added: A summary written after\]/),
    )
    const panel = await languagesPanel()
    const thisVersion = () => panel.querySelector('[aria-current="page"]')!.closest('li')!
    expect(within(thisVersion()).getByText('Needs update')).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'English' })).toBeInTheDocument()
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fr')

    await user.click(within(notice).getByRole('button', { name: 'Mark as up to date' }))

    await waitFor(() => expect(screen.queryByRole('alert', { name: /Needs update/ })).not.toBeInTheDocument())
    // Its button gone, focus is not lost: it is on what was done, said where the notice was.
    const done = await screen.findByText('Marked as up to date with the original')
    await waitFor(() => expect(done.closest('output')).toHaveFocus())
    expect(done.closest('output')).toHaveTextContent('It is reviewed again once submitted, like any change.')
    await waitFor(() => expect(within(thisVersion()).queryByText('Needs update')).not.toBeInTheDocument())
    // The seed's Russian version, published before the original changed, still needs its update.
    expect(within(panel).getByText('Needs update')).toBeInTheDocument()
    expect(find('releases', id)?.basedOn?.summary).toBe('A summary written after the translation.')
  })

  it('a reviewer reads the versions but adds none', async () => {
    await translate(seeded, 'fr')
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const panel = await languagesPanel()
    expect(await within(panel).findByRole('link', { name: 'French' })).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'Russian' })).toBeInTheDocument()
    expect(within(panel).queryByRole('combobox', { name: 'Translate into' })).not.toBeInTheDocument()
  })

  it('links each published version to its public page when the deployment names the public site', async () => {
    // As the server writes it into index.html (server/http/static-files.ts).
    const meta = document.createElement('meta')
    meta.name = 'newsroom-config'
    meta.content = JSON.stringify({ publicReleaseUrl: 'https://www.osce.org/{language}/press-releases/{id}' })
    document.head.append(meta)
    try {
      await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
      const panel = await languagesPanel()
      const russian = await within(panel).findByRole('link', { name: 'Public page in Russian (opens in a new tab)' })
      expect(russian).toHaveAttribute('href', `https://www.osce.org/ru/press-releases/${seeded}-ru`)
      expect(russian).toHaveAttribute('target', '_blank')
      expect(within(panel).getByRole('link', { name: 'Public page in English (opens in a new tab)' })).toHaveAttribute(
        'href',
        `https://www.osce.org/en/press-releases/${seeded}`,
      )
    } finally {
      meta.remove()
    }
  })

  it('shows no public page link when the deployment names no public site', async () => {
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })
    const panel = await languagesPanel()
    expect(await within(panel).findByRole('link', { name: 'Russian' })).toBeInTheDocument()
    expect(within(panel).queryByRole('link', { name: /Public page/ })).not.toBeInTheDocument()
  })
})
