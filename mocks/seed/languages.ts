import type { Language, LanguageScript } from '../../src/api/contract'

const language = (
  code: string,
  name: string,
  nativeName: string,
  script: LanguageScript,
  official = false,
): Language => ({ id: `language-${code}`, code, name, nativeName, script, official, version: 1 })

/**
 * The OSCE's six official languages, then the languages of the host countries of its field
 * operations (South-Eastern Europe, Eastern Europe, Central Asia). Where a language is written in
 * more than one script, the one its field operation's public pages use most.
 */
export const seedLanguages: Language[] = [
  language('en', 'English', 'English', 'Latn', true),
  language('fr', 'French', 'Français', 'Latn', true),
  language('de', 'German', 'Deutsch', 'Latn', true),
  language('it', 'Italian', 'Italiano', 'Latn', true),
  language('ru', 'Russian', 'Русский', 'Cyrl', true),
  language('es', 'Spanish', 'Español', 'Latn', true),
  language('sq', 'Albanian', 'Shqip', 'Latn'),
  language('bs', 'Bosnian', 'Bosanski', 'Latn'),
  language('hr', 'Croatian', 'Hrvatski', 'Latn'),
  language('sr', 'Serbian', 'Српски', 'Cyrl'),
  language('mk', 'Macedonian', 'Македонски', 'Cyrl'),
  language('cnr', 'Montenegrin', 'Crnogorski', 'Latn'),
  language('ro', 'Romanian', 'Română', 'Latn'),
  language('uk', 'Ukrainian', 'Українська', 'Cyrl'),
  language('kk', 'Kazakh', 'Қазақ тілі', 'Cyrl'),
  language('ky', 'Kyrgyz', 'Кыргызча', 'Cyrl'),
  language('tg', 'Tajik', 'Тоҷикӣ', 'Cyrl'),
  language('tk', 'Turkmen', 'Türkmençe', 'Latn'),
  language('uz', 'Uzbek', 'Oʻzbekcha', 'Latn'),
]
