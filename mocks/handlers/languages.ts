import {
  languageCodeFixedMessage,
  languageInputSchema,
  languageListQuerySchema,
  languagePatchSchema,
  type Language,
} from '../../src/api/contract'
import { db, find } from '../db'
import { compareText, matchesText, normalizeText } from './list'
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
    check: (input, id) => {
      const errors: Record<string, string> = {}
      // Releases (and field operations) name a language by its code: another code would orphan them.
      const current = id === undefined ? undefined : find('languages', id)
      if (current && !sameCode(current.code, input.code)) errors.code = languageCodeFixedMessage
      const others = db.languages.all().filter((language) => language.id !== id)
      const holder = others.find((language) => sameCode(language.code, input.code))
      if (!errors.code && holder) errors.code = `${holder.name} already uses ${holder.code}`
      if (others.some((language) => normalizeText(language.name) === normalizeText(input.name)))
        errors.name = `Another language is already called ${input.name}`
      return errors
    },
    build: (input, id, version) => ({ id, ...input, version }),
    usage: (language) => {
      if (language.official)
        return `${language.name} cannot be deleted: it is one of the OSCE’s six official languages.`
      const releases = db.releases.findMany((q) =>
        q.where((release) => sameCode(release.language, language.code)),
      ).length
      // A field operation stored before working languages were kept works in English, an official language.
      const operations = db.fieldOperations.findMany((q) =>
        q.where((operation) => (operation.languageCodes ?? []).some((code) => sameCode(code, language.code))),
      ).length
      return describeUsage(language.name, [
        releases > 0 ? countOf(releases, 'release') : null,
        operations > 0 ? countOf(operations, 'field operation') : null,
      ])
    },
  })
}
