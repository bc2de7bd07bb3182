import type { Language } from '../../api/contract'

/**
 * The delete dialog's word before the click. Releases name a language by its code, and the
 * releases list cannot be filtered by language yet, so the rule is said rather than counted;
 * the server's refusal (409) counts them.
 */
export function LanguageDeleteImpact({ language }: { language: Language }) {
  if (language.official) return <> It cannot be deleted: it is one of the OSCE’s six official languages.</>
  return <> A language that a release is written in cannot be deleted.</>
}
