import {
  languageCodeFixedMessage,
  languageInputSchema,
  languageListQuerySchema,
  languagePatchSchema,
  type Language,
} from '../../../src/api/contract'
import { compareText, matchesText, normalizeText } from '../list'
import { countOf, describeUsage, referenceHandlers } from './reference-resource'
import type { Route } from './route'

const sameCode = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

export function languageHandlers(baseUrl: string, route: Route) {
  return referenceHandlers(baseUrl, route, {
    what: 'language',
    idPrefix: 'language',
    collection: 'languages',
    query: languageListQuerySchema,
    input: languageInputSchema,
    patch: languagePatchSchema,
    inputOf: ({ code, name, nativeName, script, official }) => ({ code, name, nativeName, script, official }),
    view: (record: Language) => ({ ...record }),
    matches: (record, query) => matchesText(query.q, record.code, record.name, record.nativeName),
    comparators: {
      name: (a, b) => compareText(a.name, b.name),
      code: (a, b) => compareText(a.code, b.code),
    },
    tieBreak: (a, b) => compareText(a.id, b.id),
    check: async (input, id, store) => {
      const errors: Record<string, string> = {}
      // Releases (and field operations) name a language by its code: another code would orphan them.
      const current = id === undefined ? undefined : await store.get('languages', id)
      if (current && !sameCode(current.code, input.code)) errors.code = languageCodeFixedMessage
      const others = (await store.all('languages')).filter((language) => language.id !== id)
      const holder = others.find((language) => sameCode(language.code, input.code))
      if (!errors.code && holder) errors.code = `${holder.name} already uses ${holder.code}`
      if (others.some((language) => normalizeText(language.name) === normalizeText(input.name)))
        errors.name = `Another language is already called ${input.name}`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: async (language, store) => {
      if (language.official)
        return `${language.name} cannot be deleted: it is one of the OSCE’s six official languages.`
      // Codes are stored canonical (the contract makes them so), as releases name them.
      const releases = await store.releases.referencing('language', language.code)
      // A field operation stored before working languages were kept works in English, an official language.
      const operations = (await store.all('fieldOperations')).filter((operation) =>
        (operation.languageCodes ?? []).some((code) => sameCode(code, language.code)),
      ).length
      return describeUsage(language.name, [
        releases > 0 ? countOf(releases, 'release') : null,
        operations > 0 ? countOf(operations, 'field operation') : null,
      ])
    },
  })
}
