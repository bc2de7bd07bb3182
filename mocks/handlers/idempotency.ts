import { ApiProblem } from './problem'

type Stored = { fingerprint: string; answer: Promise<StoredAnswer> }
type StoredAnswer = { status: number; headers: [string, string][]; body: string }

/** Enough for a demo session; the oldest keys are forgotten first. */
const MAX_KEYS = 1000
const answers = new Map<string, Stored>()

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD'

/**
 * Idempotency-Key (as Stripe and the IETF draft describe it): the first answer to a write
 * with a key is kept, and the same key from the same session on the same method and path
 * gets that answer again instead of a second write. A client that lost the answer to a
 * create can therefore retry without making a duplicate. A key sent with a different body
 * is refused (422). Only successes are kept: after a refusal or a failure the person may
 * change what they send (a fixed field, a newer version) and try again with the same key.
 */
export async function withIdempotency(request: Request, run: () => Promise<Response>): Promise<Response> {
  const key = request.headers.get('Idempotency-Key')
  if (!key || !isWrite(request.method)) return run()
  if (key.length > 200) throw new ApiProblem(400, 'The Idempotency-Key header is longer than 200 characters.')

  const scope = `${request.headers.get('Authorization') ?? ''} ${request.method} ${new URL(request.url).pathname} ${key}`
  const fingerprint = await request.clone().text()
  const earlier = answers.get(scope)
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      throw new ApiProblem(422, 'This Idempotency-Key was already used for a different request. Send a new key with new content.', {
        errors: { 'Idempotency-Key': 'Already used for a different request' },
      })
    }
    const stored = await earlier.answer
    // A 204 has no body at all (the Response constructor refuses even an empty one).
    return new Response(stored.status === 204 ? null : stored.body, { status: stored.status, headers: [...stored.headers, ['Idempotent-Replayed', 'true']] })
  }

  const answer = run().then(async (response) => ({
    status: response.status,
    headers: [...response.headers.entries()],
    body: await response.clone().text(),
    response,
  }))
  answers.set(scope, { fingerprint, answer })
  if (answers.size > MAX_KEYS) answers.delete(answers.keys().next().value!)
  try {
    const { response, ...stored } = await answer
    if (stored.status < 200 || stored.status > 299) answers.delete(scope)
    return response
  } catch (error) {
    answers.delete(scope)
    throw error
  }
}
