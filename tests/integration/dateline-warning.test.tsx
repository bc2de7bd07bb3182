import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { commit, find } from '../../mocks/db'
import { renderApp } from '../render'
import { arrange, seeded, toolbar } from './workflow-helpers'

const openApprove = async (user: Awaited<ReturnType<typeof renderApp>>['user']) => {
  await user.click(within(await toolbar()).getByRole('button', { name: 'Approve' }))
  return screen.findByRole('dialog', { name: 'Approve for publication' })
}

describe('approve: a dateline far from the publication date', () => {
  it('warns how many days apart they are, and lets the reviewer approve all the same', async () => {
    // The source page's release is dated 26 June 2024; the tests run on 27 November 2026.
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    expect(find('releases', seeded)?.dateline.date).toBe('2024-06-26')
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const dialog = await openApprove(user)
    const warning = await within(dialog).findByText(/^The dateline \(26 June 2024\) is \d+ days before/)
    expect(warning).toHaveTextContent(
      'The dateline (26 June 2024) is 884 days before the publication date (27 November 2026). Check that it is right; you can still approve.',
    )
    expect(within(dialog).getByText('Dateline far from the publication date')).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(find('releases', seeded)?.status).toBe('published'))
  })

  it('says nothing when the dateline is within a week of the publication', async () => {
    await commit('releases', seeded, (current) => ({
      ...current!,
      dateline: { ...current!.dateline, date: '2026-11-25' },
    }))
    await arrange(seeded, { status: 'in-review', authorId: 'user-editor-jonas' })
    const { user } = await renderApp(`/releases/${seeded}`, { signedInAs: 'user-reviewer-claire' })

    const dialog = await openApprove(user)
    expect(within(dialog).getByRole('radio', { name: 'Publish now' })).toBeChecked()
    expect(within(dialog).queryByText('Dateline far from the publication date')).not.toBeInTheDocument()
  })
})
