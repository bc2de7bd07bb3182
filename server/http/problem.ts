/**
 * The HTTP shell's own refusals (a body too large, not ready, nothing here, an unexpected
 * error) as RFC 9457 application/problem+json, in the shape the API's errors have
 * (server/core/routes/problem-response.ts): type, title, status, detail. The API's own
 * refusals are the core's to write; these cover what answers before or around it.
 */
const kinds: Record<number, { type: string; title: string }> = {
  404: { type: 'not-found', title: 'Not found' },
  413: { type: 'payload-too-large', title: 'Payload too large' },
  500: { type: 'internal-error', title: 'Internal server error' },
  503: { type: 'unavailable', title: 'Service unavailable' },
}

export type ShellProblemStatus = 404 | 413 | 500 | 503

export function problemResponse(status: ShellProblemStatus, detail: string, headers: Record<string, string> = {}) {
  const { type, title } = kinds[status]!
  const body = { type: `https://newsroom-admin.example/problems/${type}`, title, status, detail }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  })
}
