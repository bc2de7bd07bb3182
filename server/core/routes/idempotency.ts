import { now } from '../clock'
import type { Transaction } from '../storage'
import { ApiProblem } from '../problem'
import { tokenOf } from './auth'

/** Longer than any Retry of a demo session; older records go when a new one is kept. */
const KEEP_MS = 24 * 3_600_000

export const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD'

/** A short, stable hash of a request body (cyrb53): enough to tell two bodies apart, far smaller than keeping them. */
function fingerprintOf(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
}

/**
 * Whose keys a write's key is looked up among: the signed-in person's (so a copy restored in
 * another tab, signed in anew, finds its first answer), else the credential's own (a sign-out's
 * Retry: its token names nobody any more).
 */
async function scopesOf(request: Request, store: Transaction): Promise<{ lookup: string; kept: string[] }> {
  const credential = `credential:${request.headers.get('Authorization') ?? ''}`
  const token = tokenOf(request)
  const session = token ? await store.get('sessions', token) : undefined
  const person = session ? `user:${session.userId}` : null
  const where = `${request.method} ${new URL(request.url).pathname}`
  return {
    lookup: `${person ?? credential} ${where}`,
    kept: [person, credential].flatMap((who) => (who ? [`${who} ${where}`] : [])),
  }
}

/**
 * Idempotency-Key (as Stripe and the IETF draft describe it): the first answer to a write
 * with a key is kept, and the same key from the same person on the same method and path
 * gets that answer again instead of a second write (the person, not the session: a copy
 * restored in another tab, signed in anew, resends its key, decision 0013). A client that lost the answer to a
 * create can therefore retry without making a duplicate. A key sent with a different body
 * is refused (422). Only successes are kept: after a refusal or a failure the person may
 * change what they send (a fixed field, a newer version) and try again with the same key.
 *
 * Runs inside the write's transaction (route.ts), so the answer is kept together with the
 * write, in the journal too (decision 0014): it survives a reload, and a write the browser
 * could not store leaves no answer behind. Transactions run one at a time, so a second
 * request with the same key finds the first one's answer.
 */
export async function withIdempotency(
  request: Request,
  store: Transaction,
  run: () => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key')
  if (!key || !isWrite(request.method)) return run()
  if (key.length > 200) throw new ApiProblem(400, 'The Idempotency-Key header is longer than 200 characters.')
  const scopes = await scopesOf(request, store)
  const scope = `${scopes.lookup} ${key}`
  // A DELETE names what it deletes by its path: a body it may carry means nothing, so it tells no two deletes apart.
  const fingerprint = fingerprintOf(request.method === 'DELETE' ? '' : await request.clone().text())
  const earlier = await store.get('idempotencyRecords', scope)
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      throw new ApiProblem(
        422,
        'This Idempotency-Key was already used for a different request. Send a new key with new content.',
        {
          errors: { 'Idempotency-Key': 'Already used for a different request' },
        },
      )
    }
    // A 204 has no body at all (the Response constructor refuses even an empty one).
    return new Response(earlier.status === 204 ? null : earlier.body, {
      status: earlier.status,
      headers: [...earlier.headers, ['Idempotent-Replayed', 'true']],
    })
  }
  const response = await run()
  if (!response.ok) return response
  const at = now()
  const answer = {
    fingerprint,
    status: response.status,
    headers: [...response.headers.entries()],
    body: await response.clone().text(),
    at: at.toISOString(),
  }
  for (const kept of scopes.kept) {
    const record = { id: `${kept} ${key}`, ...answer }
    // A key kept under the credential may be there already (another person's sign-out used it): this answer replaces it.
    if (await store.get('idempotencyRecords', record.id)) await store.replace('idempotencyRecords', record)
    else await store.insert('idempotencyRecords', record)
  }
  await store.expireIdempotencyRecords(new Date(at.getTime() - KEEP_MS))
  return response
}
