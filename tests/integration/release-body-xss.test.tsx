import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { releaseSchema, type ReleaseInput } from '../../src/api/contract'
import { find, signInAs } from '../../mocks/db'
import { renderApp } from '../render'

const dirtyBody = [
  '<p>Safe <strong>opening</strong> <a href="https://www.osce.org/">link</a></p>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<p><a href="java&#x09;script:alert(1)">bad link</a></p>',
  '<svg onload=alert(1)><script>alert(2)</script></svg>',
  '<iframe srcdoc="<script>alert(3)</script>"></iframe>',
  '<p onclick="alert(5)">closing</p>',
  // Last: its noscript is never closed in a parser without scripting, so it swallows what follows.
  '<noscript><p title="</noscript><img src=x onerror=alert(4)>"></noscript>',
].join('')

describe('a body with script in it, from editor to preview', () => {
  it('is stored clean by the API and rendered clean by the preview', async () => {
    const token = await signInAs('user-editor-amra')
    const input: ReleaseInput = {
      type: 'news-item',
      title: 'A release that tries its luck',
      dateline: { place: 'Sarajevo', date: '2026-11-20' },
      body: dirtyBody,
      sourceIds: ['structure-chairpersonship'],
    }
    const response = await fetch('/api/releases', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    expect(response.status).toBe(201)
    const created = releaseSchema.parse(await response.json())

    const stored = find('releases', created.id)?.body ?? ''
    expect(stored).toBe(created.body)
    const parsed = new DOMParser().parseFromString(stored, 'text/html')
    expect(parsed.querySelectorAll('script, img, svg, iframe, noscript')).toHaveLength(0)
    expect(
      [...parsed.body.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
    ).toEqual([])
    expect(stored).not.toMatch(/javascript:/i)
    expect(stored).toContain('<a href="https://www.osce.org/">link</a>')

    await renderApp(`/releases/${created.id}`, { signedInAs: 'user-editor-amra' })
    const article = await screen.findByRole('article')
    expect(within(article).getByText('News item')).toBeInTheDocument()
    expect(within(article).getByText('closing')).toBeInTheDocument()
    expect(within(article).getByRole('link', { name: 'link' })).toHaveAttribute('href', 'https://www.osce.org/')
    expect(within(article).getByText('bad link')).not.toHaveAttribute('href')
    expect(article.querySelector('script, img, svg, iframe, [onclick], [onerror], [onload]')).toBeNull()
    expect(document.querySelector('script, img, iframe, [onclick], [onerror], [onload]')).toBeNull()
    expect(article.querySelector('[data-lead]')?.parentElement?.textContent).toMatch(
      /^SARAJEVO, 20 November 2026 — Safe opening link$/,
    )
  })
})
