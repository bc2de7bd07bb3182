import { renderHook, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { emptyFormValues } from './form-values'
import { newCopyKey, releaseCopyKey } from '../../lib/local-copy-keys'
import { useLocalCopyOffer } from './use-local-copy'

const good = { values: emptyFormValues(), savedAt: new Date().toISOString(), baseVersion: 2, createAttempt: null }

describe('the offer of local copies', () => {
  it('says a malformed copy was removed, also when StrictMode reads twice (the second read finds it gone)', async () => {
    localStorage.setItem(releaseCopyKey('u1', 'r1'), JSON.stringify({ ...good, savedAt: 'soon' }))
    const { result } = renderHook(() => useLocalCopyOffer('u1', 'r1'), { wrapper: StrictMode })
    await waitFor(() => expect(result.current.unreadable).toBe(true))
    expect(result.current.offer).toBeNull()
    expect(localStorage.getItem(releaseCopyKey('u1', 'r1'))).toBeNull()
  })

  it('offers this tab’s copy of a new release before those of closed tabs, and only the person’s', async () => {
    sessionStorage.setItem('newsroom-admin.tab-id', 'mine')
    localStorage.setItem(
      newCopyKey('u1', 'closed'),
      JSON.stringify({ ...good, values: { ...good.values, title: 'Closed tab' } }),
    )
    localStorage.setItem(
      newCopyKey('u1', 'mine'),
      JSON.stringify({ ...good, values: { ...good.values, title: 'Mine' }, savedAt: '2020-01-01T00:00:00Z' }),
    )
    localStorage.setItem(
      newCopyKey('u2', 'other'),
      JSON.stringify({ ...good, values: { ...good.values, title: 'Someone else' } }),
    )
    const { result } = renderHook(() => useLocalCopyOffer('u1', null), { wrapper: StrictMode })
    await waitFor(() => expect(result.current.offer?.copy.values.title).toBe('Mine'))
    expect(result.current.offer?.fromAnotherTab).toBe(false)
  })
})
