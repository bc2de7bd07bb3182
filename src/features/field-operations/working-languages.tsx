import { Text, VisuallyHidden } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import type { Language } from '../../api/contract'
import { languageQueries } from '../../api/languages'
import { languageLabel } from '../../lib/language-names'

/**
 * Every language (a few dozen): the choices of working languages, and their names. An operation
 * names its languages by code; their names are the languages list's, so a renamed language reads
 * the same everywhere.
 */
export const workingLanguageQuery = () => languageQueries.allRecords()

/** The languages by code; a code the list lacks (none should) reads as itself. */
function useLanguagesByCode(): ReadonlyMap<string, Language> {
  const { data } = useSuspenseQuery({
    ...workingLanguageQuery(),
    select: (page) => new Map(page.items.map((language) => [language.code, language])),
  })
  return data
}

/** The codes, compact for a table cell ("en ru tg"); the names are what a screen reader and a hover say. */
export function WorkingLanguageCodes({ codes }: { codes: readonly string[] }) {
  const languages = useLanguagesByCode()
  const names = codes.map((code) => languages.get(code)?.name ?? code).join(', ')
  return (
    <>
      <Text component="span" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }} title={names} aria-hidden>
        {codes.join(' ')}
      </Text>
      <VisuallyHidden>{names}</VisuallyHidden>
    </>
  )
}

/** The names in full, each native name in its own language (a screen reader pronounces it so). */
export function WorkingLanguageNames({ codes }: { codes: readonly string[] }) {
  const languages = useLanguagesByCode()
  return (
    <>
      {codes.map((code, index) => {
        const language = languages.get(code)
        return (
          <Fragment key={code}>
            {index > 0 ? ', ' : null}
            {language ? language.name : code}
            {language && language.nativeName !== language.name ? (
              <>
                {' ('}
                <span lang={language.code}>{language.nativeName}</span>)
              </>
            ) : null}
          </Fragment>
        )
      })}
    </>
  )
}

/**
 * The form's choices: every language, by name, labelled with its native name (so a search for
 * "Рус" finds Russian); `renderOption` draws the native name in its own language.
 */
export function useWorkingLanguageChoices() {
  const languages = useLanguagesByCode()
  return {
    data: [...languages.values()].map((language) => ({ value: language.code, label: languageLabel(language) })),
    renderOption: ({ option }: { option: { value: string; label: string } }) => {
      const language = languages.get(option.value)
      if (!language || language.nativeName === language.name) return option.label
      return (
        <span>
          {language.name} (<span lang={language.code}>{language.nativeName}</span>)
        </span>
      )
    },
  }
}
