import { useMemo } from 'react'
import type { FilterChoices } from './filter-options'
import { languageLabel, useLanguages } from './language-names'

/** The languages of the reference data as a filter's choices ("Russian (Русский)"), empty until they load. */
export function useLanguageChoices(): FilterChoices {
  const languages = useLanguages()
  return useMemo(
    () => ({
      options: languages.all.map((language) => ({ value: language.code, label: languageLabel(language) })),
      pending: !languages.loaded,
    }),
    [languages],
  )
}
