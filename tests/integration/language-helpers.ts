import { find, signInAs } from '../../mocks/db'
import { api } from '../../mocks/test-support/api'
import { arrange } from './workflow-helpers'

/** A translation of `originalId` made through the API by `userId` (an editor). */
export async function translate(originalId: string, language: string, userId = 'user-editor-jonas') {
  const token = await signInAs(userId)
  const response = await api(`/releases/${originalId}/translations`, { method: 'POST', token, body: { language } })
  if (response.status !== 201) throw new Error(`translation answered ${response.status}`)
  return response.json as { id: string }
}

/** The original's summary changed through the API by its author, as a draft: its translations are now stale. */
export async function reword(originalId: string, summary: string) {
  await arrange(originalId, { status: 'draft', authorId: 'user-editor-amra' })
  const token = await signInAs('user-editor-amra')
  const { version } = find('releases', originalId)!
  const response = await api(`/releases/${originalId}`, { method: 'PATCH', token, body: { summary, version } })
  if (response.status !== 200) throw new Error(`the change answered ${response.status}`)
}
