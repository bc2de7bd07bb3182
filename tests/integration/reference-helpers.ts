import { screen, within } from '@testing-library/react'
import { commit, find } from '../../mocks/db'

export const admin = 'user-admin-elena'
export const editor = 'user-editor-amra'
export const reviewer = 'user-reviewer-claire'

/** The open dialog (Mantine renders it in a portal). */
export const dialog = async (name: string | RegExp) => screen.findByRole('dialog', { name })

/** The row of a table whose row header is `name`. */
export function rowOf(table: HTMLElement, name: string | RegExp): HTMLElement {
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement
}

/** Someone else saves the record first: its version moves on. */
export async function bumpVersion(
  collection: 'states' | 'chairpersonships' | 'fieldOperations' | 'fieldsOfWork' | 'languages',
  id: string,
) {
  if (!find(collection, id)) throw new Error(`bumpVersion: no ${collection} ${id}`)
  await commit(collection, id, (current) => ({ ...current!, version: current!.version + 1 }) as never)
}
