import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Language } from '../api/contract'
import { languageQueries } from '../api/languages'

/** "Russian (Русский)", or "English" where the two are one: a language as a list of choices names it. */
export const languageLabel = (language: Language) =>
  language.nativeName === language.name ? language.name : `${language.name} (${language.nativeName})`

/**
 * The languages of the reference data by code, to name a release's language ("Russian", and
 * "Русский" in itself). Until the list is here, or for a code it lacks, a language is named by its code.
 */
export function useLanguages() {
  const { data } = useQuery(languageQueries.allRecords())
  return useMemo(() => {
    const all = data?.items ?? []
    const byCode = new Map(all.map((language) => [language.code, language]))
    return {
      all,
      loaded: data !== undefined,
      get: (code: string): Language | undefined => byCode.get(code),
      nameOf: (code: string): string => byCode.get(code)?.name ?? code,
    }
  }, [data])
}
