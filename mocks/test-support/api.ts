import { signInAs } from '../db'

/** fetch('/api…') as a signed-in user, with a JSON body when given. */
export async function api(
  path: string,
  options: {
    token?: string | null
    method?: string
    body?: unknown
    rawBody?: string
    headers?: Record<string, string>
  } = {},
) {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`/api${path}`, { method: options.method ?? 'GET', headers, body })
  const text = await response.text()
  const contentType = response.headers.get('Content-Type')
  // A body that is not JSON (the CSV export) is answered as its text.
  const isJson = !contentType || contentType.includes('json')
  // oxlint-disable-next-line typescript/no-explicit-any -- tests parse the body with the contract or read one field of it
  const json: any = text ? (isJson ? JSON.parse(text) : text) : null
  return { status: response.status, contentType, json, headers: response.headers }
}

export const users = {
  editor: 'user-editor-amra',
  otherEditor: 'user-editor-jonas',
  reviewer: 'user-reviewer-claire',
  admin: 'user-admin-elena',
} as const

export async function tokens() {
  return {
    editor: await signInAs(users.editor),
    otherEditor: await signInAs(users.otherEditor),
    reviewer: await signInAs(users.reviewer),
    admin: await signInAs(users.admin),
  }
}
