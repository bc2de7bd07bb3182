import { queryOptions } from '@tanstack/react-query'
import { type Session, sessionSchema, type SignInInput, usersSchema } from './contract'
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

export const createSession = (input: SignInInput): Promise<Session> =>
  request('/session', { method: 'POST', body: input, schema: sessionSchema })

/** Ends the session on the server; the client forgets it whatever the answer. */
export const deleteSession = (): Promise<undefined> => request('/session', { method: 'DELETE' })
