import { describe, expect, it, vi } from 'vitest'
import type { Session } from '../../api/contract'
import { createAuth } from './auth-store'

const session: Session = { token: 'token-1', user: { id: 'u1', name: 'Ann', role: 'reviewer', title: 'Deputy Spokesperson' } }

describe('createAuth', () => {
  it('keeps the session in this tab’s sessionStorage and tells subscribers', () => {
    const auth = createAuth()
    const listener = vi.fn<() => void>()
    auth.subscribe(listener)

    auth.signIn(session)
    expect(auth.user).toEqual(session.user)
    expect(createAuth().session).toEqual(session)

    auth.signOut()
    expect(auth.session).toBeNull()
    expect(createAuth().session).toBeNull()
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('ignores a stored session that does not parse', () => {
    sessionStorage.setItem('newsroom-admin.session', '{"token":""}')
    expect(createAuth().session).toBeNull()
  })
})
