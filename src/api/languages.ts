import {
  type Language,
  type LanguageInput,
  languageListQuerySchema,
  languagePageSchema,
  type LanguagePatch,
  languageSchema,
} from './contract'
import { request, type WriteOptions } from './http'
import { resourceQueries } from './resource-queries'

export const languageQueries = resourceQueries({
  key: 'languages',
  path: '/languages',
  query: languageListQuerySchema,
  page: languagePageSchema,
  item: languageSchema,
})

export const createLanguage = (input: LanguageInput, options: WriteOptions = {}): Promise<Language> =>
  request('/languages', { method: 'POST', body: input, schema: languageSchema, ...options })

/** Sends the record with the version it was based on: a stale version answers 409, another code 422. */
export const updateLanguage = (id: string, patch: LanguagePatch): Promise<Language> =>
  request(`/languages/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: languageSchema })

/** Answers 409, saying why, while a release is written in it or when it is an official language. */
export const deleteLanguage = (id: string): Promise<undefined> =>
  request(`/languages/${encodeURIComponent(id)}`, { method: 'DELETE' })
