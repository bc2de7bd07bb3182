import { screen, waitFor } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { find } from '../../mocks/db'
import { renderApp } from '../render'
import { amrasDraft, saveButton } from './release-editor-helpers'

// ProseMirror measures the page for selections and scrolling; jsdom has no layout.
beforeAll(() => {
  document.elementFromPoint ??= () => null
  const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList
  const rect = () => new DOMRect(0, 0, 0, 0)
  Range.prototype.getClientRects ??= noRects
  Range.prototype.getBoundingClientRect ??= rect
  ;(Text.prototype as unknown as { getClientRects: () => DOMRectList }).getClientRects ??= noRects
})

describe('release editor: body', () => {
  it('names the rich-text area "Body" and saves what is pasted into it (typing is checked in a real browser)', async () => {
    const draft = amrasDraft()
    const { user } = await renderApp(`/releases/${draft.id}/edit`, { signedInAs: 'user-editor-amra' })

    // A plain read-only fallback holds the place until the editor's chunk arrives.
    await waitFor(
      () => expect(screen.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'true'),
      { timeout: 10_000 },
    )
    const body = screen.getByRole('textbox', { name: 'Body' })
    await user.click(body)
    await user.keyboard('{Control>}a{/Control}{Backspace}')
    await user.paste('Typed in the editor')
    await user.click(saveButton())

    await waitFor(() => expect(find('releases', draft.id)?.body).toBe('<p>Typed in the editor</p>'))
  })

  it('gives an empty body a box as tall as its loading stand-in’s', async () => {
    await renderApp('/releases/new', { signedInAs: 'user-editor-amra' })
    await waitFor(
      () => expect(screen.getByRole('textbox', { name: 'Body' })).toHaveAttribute('contenteditable', 'true'),
      { timeout: 10_000 },
    )
    const body = screen.getByRole('textbox', { name: 'Body' })
    expect(body).toHaveTextContent('')
    // The stand-in's height (body-field.test.tsx); the layout itself is measured in a real browser.
    expect(body.closest('.mantine-RichTextEditor-root')).toHaveStyle({ minHeight: '16rem' })
  })
})
