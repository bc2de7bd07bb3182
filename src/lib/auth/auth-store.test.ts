import { describe, expect, it, vi } from 'vitest'
import type { Session } from '../../api/contract'
import { createAuth } from './auth-store'

const session: Session = {
  token: 'token-1',
  user: { id: 'u1', name: 'Ann', role: 'reviewer', title: 'Deputy Spokesperson' },
}
const key = 'newsroom-admin.session'

describe('createAuth', () => {
  it('keeps the token alone in this tab’s sessionStorage and tells subscribers', () => {
    const auth = createAuth()
    const listener = vi.fn<() => void>()
    auth.subscribe(listener)

    auth.signIn(session)
    expect(auth.session).toEqual({ token: 'token-1' })
    expect(JSON.parse(sessionStorage.getItem(key)!)).toEqual({ token: 'token-1' })
    expect(createAuth().session).toEqual({ token: 'token-1' })

    auth.signOut()
    expect(auth.session).toBeNull()
    expect(createAuth().session).toBeNull()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('remembers whether the person signed out or the server ended the session, until the next sign-in', () => {
    const auth = createAuth()
    expect(auth.signedOutBecause).toBeNull()
    auth.signIn(session)
    auth.signOut('ended')
    expect(auth.signedOutBecause).toBe('ended')
    auth.signIn(session)
    expect(auth.signedOutBecause).toBeNull()
    auth.signOut()
    expect(auth.signedOutBecause).toBe('person')
  })

  it('ignores a stored session that does not parse', () => {
    sessionStorage.setItem(key, '{"token":""}')
    expect(createAuth().session).toBeNull()
  })

  it('reads only the token of a stored session, whatever else it says', () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({ token: 'token-2', user: { id: 'x', name: 'Mallory', role: 'admin', title: '' } }),
    )
    expect(createAuth().session).toEqual({ token: 'token-2' })
  })
})
