import { useQuery } from '@tanstack/react-query'
import type { Language } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { joined } from '../../components/form/delete-impact'

/**
 * The delete dialog's word before the click. Releases name a language by its code, and the
 * releases list cannot be filtered by language yet, so that rule is said rather than counted;
 * the field operations that work in it (a few dozen operations, read whole) are named once
 * known. The server's refusal (409) counts both.
 */
export function LanguageDeleteImpact({ language }: { language: Language }) {
  const operations = useQuery({
    ...fieldOperationQueries.allRecords(),
    select: (page) =>
      page.items.filter((operation) => operation.languageCodes.includes(language.code)).map(({ name }) => name),
  }).data
  if (language.official) return <> It cannot be deleted: it is one of the OSCE’s six official languages.</>
  const rule = ' A language that a release is written in, or that a field operation works in, cannot be deleted.'
  if (!operations?.length) return <>{rule}</>
  return (
    <>
      {rule} {joined(operations)} {operations.length === 1 ? 'works' : 'work'} in it.
    </>
  )
}
