import { HttpResponse } from 'msw'

/** A problem+json answer, as the API sends for a failure. */
export function problem(status: number, title: string, detail?: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}
