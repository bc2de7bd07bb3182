import { queryOptions } from '@tanstack/react-query'
import { currentSessionSchema, type Session, sessionSchema, type SignInInput, usersSchema } from './contract'
import { request } from './http'

/** The people one can sign in as: public, so the sign-in page can list them. */
export const userQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => request('/users', { schema: usersSchema, signal }),
      staleTime: 5 * 60_000,
    }),
}

/**
 * Who this tab's token belongs to, as the server says: the one source of the signed-in
 * person's name and role. Ensured by the signed-in layout before any page shows; a token
 * keeps its person, so it is not asked again (sign-in and sign-out clear the cache).
 */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => request('/session', { schema: currentSessionSchema, signal }),
      staleTime: Infinity,
    }),
}

export const createSession = (input: SignInInput): Promise<Session> =>
  request('/session', { method: 'POST', body: input, schema: sessionSchema })

/** Ends the session on the server; the client forgets it whatever the answer. */
export const deleteSession = (): Promise<undefined> => request('/session', { method: 'DELETE' })
