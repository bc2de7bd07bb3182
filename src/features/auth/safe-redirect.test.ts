import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

describe('safeRedirect', () => {
  it('keeps a path on this site with its search and hash', () => {
    expect(safeRedirect('/releases?page=2&sort=-updatedAt#top')).toBe('/releases?page=2&sort=-updatedAt#top')
  })

  it.each([
    undefined,
    '',
    'releases',
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
  ])('falls back to the dashboard for %s', (target) => {
    expect(safeRedirect(target)).toBe('/')
  })

  it('does not send the person back to the sign-in page', () => {
    expect(safeRedirect('/sign-in?redirect=/releases')).toBe('/')
  })
})
