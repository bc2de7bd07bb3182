/**
 * How the places that datelines name are written in each language the organisation publishes in,
 * where that differs from English: a new translation's dateline starts in its own language's
 * form ("Dushanbe" → "Душанбе", printed ДУШАНБЕ), which its translator may change. The field
 * operations' seats, the institutions' and the Secretariat's; a place not here keeps its name.
 */
const places: Record<string, string>[] = [
  { en: 'Vienna', de: 'Wien', fr: 'Vienne', es: 'Viena', ru: 'Вена', uk: 'Відень', sr: 'Беч', mk: 'Виена' },
  { en: 'Warsaw', de: 'Warschau', fr: 'Varsovie', it: 'Varsavia', es: 'Varsovia', ru: 'Варшава', uk: 'Варшава' },
  { en: 'The Hague', de: 'Den Haag', fr: 'La Haye', it: "L'Aia", es: 'La Haya', ru: 'Гаага' },
  { en: 'Tirana', ru: 'Тирана', sq: 'Tiranë', sr: 'Тирана', mk: 'Тирана' },
  { en: 'Ashgabat', fr: 'Achgabat', es: 'Asjabad', ru: 'Ашхабад', tk: 'Aşgabat' },
  { en: 'Astana', ru: 'Астана', kk: 'Астана' },
  { en: 'Bishkek', de: 'Bischkek', fr: 'Bichkek', es: 'Biskek', ru: 'Бишкек', ky: 'Бишкек', kk: 'Бішкек' },
  { en: 'Dushanbe', de: 'Duschanbe', fr: 'Douchanbé', es: 'Dusambé', ru: 'Душанбе', tg: 'Душанбе' },
  { en: 'Sarajevo', ru: 'Сараево', sr: 'Сарајево', mk: 'Сараево' },
  { en: 'Pristina', ru: 'Приштина', sq: 'Prishtinë', sr: 'Приштина', mk: 'Приштина' },
  { en: 'Chisinau', fr: 'Chișinău', de: 'Chișinău', it: 'Chișinău', es: 'Chisináu', ro: 'Chișinău', ru: 'Кишинёв' },
  { en: 'Podgorica', ru: 'Подгорица', sr: 'Подгорица', mk: 'Подгорица' },
  {
    en: 'Belgrade',
    de: 'Belgrad',
    it: 'Belgrado',
    es: 'Belgrado',
    ru: 'Белград',
    sr: 'Београд',
    bs: 'Beograd',
    hr: 'Beograd',
    cnr: 'Beograd',
    mk: 'Белград',
  },
  { en: 'Skopje', es: 'Skopie', ru: 'Скопье', mk: 'Скопје', sq: 'Shkup', sr: 'Скопље' },
  { en: 'Tashkent', de: 'Taschkent', fr: 'Tachkent', es: 'Taskent', ru: 'Ташкент', uz: 'Toshkent' },
  { en: 'Kyiv', ru: 'Киев', uk: 'Київ' },
  { en: 'Tbilisi', ru: 'Тбилиси' },
  { en: 'Yerevan', de: 'Jerewan', fr: 'Erevan', es: 'Ereván', ru: 'Ереван' },
  { en: 'Baku', fr: 'Bakou', ru: 'Баку' },
  { en: 'Minsk', ru: 'Минск', uk: 'Мінськ' },
  { en: 'Zagreb', ru: 'Загреб', sr: 'Загреб', mk: 'Загреб' },
]

const fold = (text: string) => text.trim().toLocaleLowerCase('und')

/**
 * `place` (as any language writes it) in `language`'s form, or `place` itself where the table
 * knows no other: the dateline a new translation starts with.
 */
export function placeNameIn(place: string, language: string): string {
  const known = places.find((names) => Object.values(names).some((name) => fold(name) === fold(place)))
  if (!known) return place
  // A language the table leaves out of an entry writes the place as English does.
  return known[language] ?? known.en ?? place
}
