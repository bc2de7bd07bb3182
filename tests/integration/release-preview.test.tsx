import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'

const seeded = 'release-borg-tajikistan'

/** Sets the status and author of a release straight in the mock db. */
const setRelease = (
  id: string,
  patch: {
    status?: 'draft' | 'in-review' | 'changes-requested' | 'scheduled' | 'published' | 'withdrawn'
    authorId?: string
    body?: string
  },
) =>
  commit('releases', id, (current) => {
    if (!current) throw new Error(`no release ${id}`)
    return { ...current, ...patch }
  })

describe('release preview', () => {
  it('shows the seeded release as the public page does', async () => {
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const article = await screen.findByRole('article')
    expect(within(article).getByText('Press release')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'OSCE Chair-in-Office Borg concludes visit to Tajikistan, stresses importance of regional responses to common challenges',
    )
    const list = within(article).getByLabelText('Release details')
    const terms = within(list)
      .getAllByRole('term')
      .map((term) => term.textContent)
    const values = within(list)
      .getAllByRole('definition')
      .map((value) => value.textContent)
    expect(terms).toEqual(['Date:', 'Place:', 'Source:'])
    expect(values).toEqual(['26 June 2024', 'DUSHANBE', 'OSCE Chairpersonship, OSCE Programme Office in Dushanbe'])

    const paragraphs = article.querySelectorAll('p')
    const first = [...paragraphs].find((paragraph) => paragraph.textContent?.startsWith('DUSHANBE'))
    expect(first?.textContent).toMatch(/^DUSHANBE, 26 June 2024 — Today, OSCE Chair-in-Office, Minister for Foreign/)
    // Five paragraphs, as on the source page: the dateline joins the first rather than adding one.
    expect([...paragraphs].filter((paragraph) => paragraph.closest('.mantine-Typography-root'))).toHaveLength(5)
    // The title is typed text, isolated (FSI … PDI) from the app name beside it.
    expect(document.title).toMatch(/^\u2068OSCE Chair-in-Office Borg concludes visit.*\u2069 · Newsroom admin$/)
  })

  it('lists what an editor needs beside the article', async () => {
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const facts = await screen.findByRole('complementary', { name: 'About this release' })
    expect(within(facts).getByText('Jonas Lindqvist')).toBeInTheDocument()
    expect(within(facts).getByText('4')).toBeInTheDocument()
    expect(within(facts).getByText(/Border management/)).toBeInTheDocument()
    expect(within(facts).getByText('Tajikistan')).toBeInTheDocument()
    expect(within(facts).getByText('Programme Office in Dushanbe')).toBeInTheDocument()
    expect(within(screen.getByRole('toolbar', { name: 'Release' })).getByText('Published')).toBeInTheDocument()
  })

  it.each([
    { who: 'its author, on a draft', user: 'user-editor-jonas', status: 'draft', shown: true },
    {
      who: 'its author, when changes are requested',
      user: 'user-editor-jonas',
      status: 'changes-requested',
      shown: true,
    },
    { who: 'its author, in review', user: 'user-editor-jonas', status: 'in-review', shown: false },
    { who: 'its author, once published', user: 'user-editor-jonas', status: 'published', shown: false },
    { who: 'another editor, on a draft', user: 'user-editor-amra', status: 'draft', shown: false },
    { who: 'a reviewer, on a draft', user: 'user-reviewer-claire', status: 'draft', shown: false },
    // A scheduled release is changed only after "Return to draft" (unschedule): no Edit on it.
    { who: 'an admin, when scheduled', user: 'user-admin-elena', status: 'scheduled', shown: false },
    { who: 'an admin, once published', user: 'user-admin-elena', status: 'published', shown: false },
  ] as const)('offers Edit to $who: $shown', async ({ user, status, shown }) => {
    await setRelease(seeded, { status })
    await renderApp(`/releases/${seeded}`, { signedInAs: user })

    const toolbar = await screen.findByRole('toolbar', { name: 'Release' })
    const edit = within(toolbar).queryByRole('link', { name: 'Edit' })
    expect(edit?.getAttribute('href') ?? null).toBe(shown ? `/releases/${seeded}/edit` : null)
  })

  it('takes its author from the preview to the editor', async () => {
    await setRelease(seeded, { status: 'draft' })
    const { user, router } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-editor-jonas' })

    await user.click(await screen.findByRole('link', { name: 'Edit' }))

    await waitFor(() => expect(router.state.location.pathname).toBe(`/releases/${seeded}/edit`))
  })

  it('says so when the release does not exist', async () => {
    await renderApp('/releases/release-that-never-was', { signedInAs: 'user-reviewer-claire' })

    expect(await screen.findByText('This release does not exist or was deleted.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Release not found' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('sanitizes a stored body again when it renders it', async () => {
    await setRelease(seeded, { body: '<img src=x onerror=alert(1)><script>alert(2)</script><p>ok</p>' })
    expect(find('releases', seeded)?.body).toContain('<script>')
    await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const article = await screen.findByRole('article')
    expect(within(article).getByText('ok')).toBeInTheDocument()
    expect(document.querySelector('img, script')).toBeNull()
    expect(document.querySelector('[onerror]')).toBeNull()
    // The body opens with a paragraph once the image is gone, so the dateline leads it.
    expect(article.querySelector('.mantine-Typography-root')?.innerHTML).toBe(
      '<p><span data-lead="">DUSHANBE, 26 June 2024 — </span>ok</p>',
    )
  })
})
