import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'

describe('one length rule for a title', () => {
  it('counts an emoji once, as the contract does when it saves', async () => {
    const { user } = await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    const title = await screen.findByRole('textbox', { name: /^Title/ })

    await user.click(title)
    await user.paste('🎉'.repeat(200))

    expect(title).toHaveValue('🎉'.repeat(200))
    expect(screen.getByText('200 / 200 characters')).toBeInTheDocument()
    expect(title).not.toHaveAttribute('maxlength')

    await user.paste('🎉')
    expect(screen.getByText('201 / 200 characters')).toBeInTheDocument()
  })
})
