/**
 * The words of the seed's language families (`generate-translations.ts`): a few sentence
 * templates per language, each the translation of the English one at the same place, so a
 * generated original and its translations say the same thing. A template takes the field
 * operation's words in that language (its name as subject and after a noun, where it sits, its
 * host country) and a field of work in the form the language's fixed phrase needs ("по вопросам"
 * + genitive, "en matière de", "im Bereich"…): no template puts a name in a case it was not given.
 */

/** A field operation in one language. */
export type OperationWords = {
  /** Its name as the subject of a sentence, capitalised ("Программный офис ОБСЕ в Душанбе"). */
  name: string
  /** Its name after a noun: "the work of …" ("Программного офиса ОБСЕ в Душанбе", "de la Mission…", "të Misionit…"). */
  of: string
  /** Its place as a dateline names it ("Душанбе"). */
  place: string
  /** "in <place>" ("в Душанбе", "à Belgrade"). */
  inPlace: string
  /** "in <host country>" ("в Таджикистане", "au Monténégro"). */
  inCountry: string
  /** Russian past tense agrees with the name's gender: завершил, завершила, завершило. */
  gender?: 'm' | 'f' | 'n'
}

export type Wording = { operation: OperationWords; topic: string; participants: number }
type Template = (w: Wording) => string

export type LanguageTemplates = {
  /** The field of work in the form the templates need, per field-of-work id. */
  topics: Readonly<Record<TranslatableTopic, string>>
  titles: readonly [Template, Template]
  openings: readonly [Template, Template]
  quote: Template
  closings: readonly [Template, Template]
}

/** The fields of work the templates have words for; a family is about one of them. */
export const translatableTopics = [
  'field-of-work-border-management',
  'field-of-work-combating-trafficking-in-human-beings',
  'field-of-work-countering-terrorism',
  'field-of-work-gender-equality',
  'field-of-work-human-rights',
  'field-of-work-media-freedom-and-development',
  'field-of-work-policing',
  'field-of-work-rule-of-law',
] as const
export type TranslatableTopic = (typeof translatableTopics)[number]

const topicsOf = (words: readonly string[]): Record<TranslatableTopic, string> =>
  Object.fromEntries(translatableTopics.map((id, index) => [id, words[index]!])) as Record<TranslatableTopic, string>

/** Russian: "для 21 должностного лица", "для 45 должностных лиц". */
const ruGenitive = (n: number, one: string, many: string) => `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : many}`
const ruPast = (stem: string, w: Wording) => `${stem}${{ m: '', f: 'а', n: 'о' }[w.operation.gender ?? 'm']}`
/** Romanian: "12 funcționari", but "45 de funcționari". */
const roCount = (n: number) => (n % 100 >= 20 || n % 100 === 0 ? `${n} de` : `${n}`)
/** French: "en matière de police", but "en matière d’égalité des genres". */
const frDe = (topic: string) => (/^[aeiouéèêh]/i.test(topic) ? `d’${topic}` : `de ${topic}`)
const nbsp = '\u00a0'

export const languageTemplates: Readonly<Record<string, LanguageTemplates>> = {
  en: {
    topics: topicsOf([
      'border management',
      'combating trafficking in human beings',
      'countering terrorism',
      'gender equality',
      'human rights',
      'media freedom and development',
      'policing',
      'the rule of law',
    ]),
    titles: [
      (w) => `${w.operation.name} supports training on ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} launches new project on ${w.topic}`,
    ],
    openings: [
      (w) =>
        `The ${w.operation.name} today concluded a three-day course on ${w.topic} for ${w.participants} officials ${w.operation.inCountry}.`,
      (w) =>
        `The ${w.operation.name} this week brought together some ${w.participants} participants ${w.operation.inPlace} for a meeting on ${w.topic}.`,
    ],
    quote: (w) =>
      `“Progress on ${w.topic} depends on trust between institutions and the people they serve,” the participants stated in their joint recommendations.`,
    closings: [
      (w) =>
        `The event is part of the long-term work of the ${w.operation.of} on ${w.topic}, in line with OSCE commitments.`,
      (w) => `Follow-up meetings on ${w.topic} are planned ${w.operation.inPlace} in the coming months.`,
    ],
  },
  ru: {
    topics: topicsOf([
      'управления границами',
      'борьбы с торговлей людьми',
      'противодействия терроризму',
      'гендерного равенства',
      'прав человека',
      'свободы и развития СМИ',
      'полицейской деятельности',
      'верховенства права',
    ]),
    titles: [
      (w) => `${w.operation.name} поддерживает обучение по вопросам ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} запускает новый проект в области ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} сегодня ${ruPast('завершил', w)} трехдневный курс по вопросам ${w.topic} для ${ruGenitive(w.participants, 'должностного лица', 'должностных лиц')} ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} на этой неделе ${ruPast('собрал', w)} ${w.operation.inPlace} около ${ruGenitive(w.participants, 'участника', 'участников')} на встречу по вопросам ${w.topic}.`,
    ],
    quote: (w) =>
      `«Прогресс в области ${w.topic} зависит от доверия между институтами и людьми, которым они служат», — говорится в совместных рекомендациях участников.`,
    closings: [
      (w) =>
        `Мероприятие является частью долгосрочной работы ${w.operation.of} в области ${w.topic} в соответствии с обязательствами ОБСЕ.`,
      (w) => `В ближайшие месяцы ${w.operation.inPlace} запланированы последующие встречи по вопросам ${w.topic}.`,
    ],
  },
  tg: {
    topics: topicsOf([
      'идоракунии сарҳад',
      'муқовимат ба савдои одамон',
      'муқовимат ба терроризм',
      'баробарии гендерӣ',
      'ҳуқуқи инсон',
      'озодӣ ва рушди воситаҳои ахбори омма',
      'фаъолияти милитсия',
      'волоияти қонун',
    ]),
    titles: [
      (w) => `${w.operation.name} ба омӯзиш оид ба ${w.topic} ${w.operation.inCountry} мусоидат мекунад`,
      (w) => `${w.operation.name} лоиҳаи навро оид ба ${w.topic} оғоз мекунад`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} имрӯз курси серӯзаро оид ба ${w.topic} барои ${w.participants} нафар мансабдор ${w.operation.inCountry} ба анҷом расонд.`,
      (w) =>
        `${w.operation.name} дар ҳамин ҳафта ${w.operation.inPlace} тақрибан ${w.participants} нафар иштирокчиро барои вохӯрӣ оид ба ${w.topic} ҷамъ овард.`,
    ],
    quote: (w) =>
      `«Пешрафт дар соҳаи ${w.topic} аз эътимоди байни муассисаҳо ва мардуме, ки ба онҳо хизмат мекунанд, вобаста аст», — гуфта мешавад дар тавсияҳои муштараки иштирокчиён.`,
    closings: [
      (w) =>
        `Ин чорабинӣ қисми фаъолияти дарозмуддати ${w.operation.of} дар соҳаи ${w.topic} мутобиқи ӯҳдадориҳои САҲА мебошад.`,
      (w) => `Дар моҳҳои наздик ${w.operation.inPlace} вохӯриҳои минбаъда оид ба ${w.topic} ба нақша гирифта шудаанд.`,
    ],
  },
  mk: {
    topics: topicsOf([
      'управувањето со границите',
      'борбата против трговијата со луѓе',
      'борбата против тероризмот',
      'родовата еднаквост',
      'човековите права',
      'слободата и развојот на медиумите',
      'полициското работење',
      'владеењето на правото',
    ]),
    titles: [
      (w) => `${w.operation.name} поддржува обука за ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} започнува нов проект за ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} денес заврши тридневен курс за ${w.topic} за ${w.participants} службени лица ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} оваа недела собра околу ${w.participants} учесници ${w.operation.inPlace} на средба за ${w.topic}.`,
    ],
    quote: (w) =>
      `„Напредокот во областа на ${w.topic} зависи од довербата меѓу институциите и луѓето на кои им служат“, наведоа учесниците во своите заеднички препораки.`,
    closings: [
      (w) =>
        `Настанот е дел од долгорочната работа ${w.operation.of} во областа на ${w.topic}, во согласност со обврските на ОБСЕ.`,
      (w) => `Во наредните месеци ${w.operation.inPlace} се планирани следни средби за ${w.topic}.`,
    ],
  },
  sq: {
    topics: topicsOf([
      'menaxhimit të kufijve',
      'luftës kundër trafikimit të qenieve njerëzore',
      'luftës kundër terrorizmit',
      'barazisë gjinore',
      'të drejtave të njeriut',
      'lirisë dhe zhvillimit të medias',
      'punës policore',
      'sundimit të ligjit',
    ]),
    titles: [
      (w) => `${w.operation.name} mbështet trajnimin në fushën e ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} nis një projekt të ri në fushën e ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} përfundoi sot një kurs tre-ditor në fushën e ${w.topic} për ${w.participants} zyrtarë ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} mblodhi këtë javë ${w.operation.inPlace} rreth ${w.participants} pjesëmarrës për një takim në fushën e ${w.topic}.`,
    ],
    quote: (w) =>
      `“Përparimi në fushën e ${w.topic} varet nga besimi midis institucioneve dhe njerëzve të cilëve u shërbejnë”, thanë pjesëmarrësit në rekomandimet e tyre të përbashkëta.`,
    closings: [
      (w) =>
        `Ngjarja është pjesë e angazhimit afatgjatë ${w.operation.of} në fushën e ${w.topic}, në përputhje me angazhimet e OSBE-së.`,
      (w) => `Në muajt e ardhshëm ${w.operation.inPlace} janë planifikuar takime vijuese në fushën e ${w.topic}.`,
    ],
  },
  ro: {
    topics: topicsOf([
      'gestionării frontierelor',
      'combaterii traficului de persoane',
      'combaterii terorismului',
      'egalității de gen',
      'drepturilor omului',
      'libertății și dezvoltării mass-media',
      'activității polițienești',
      'statului de drept',
    ]),
    titles: [
      (w) => `${w.operation.name} sprijină instruirea în domeniul ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} lansează un nou proiect în domeniul ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} a încheiat astăzi un curs de trei zile în domeniul ${w.topic} pentru ${roCount(w.participants)} funcționari ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} a reunit săptămâna aceasta ${w.operation.inPlace} aproximativ ${roCount(w.participants)} participanți la o reuniune în domeniul ${w.topic}.`,
    ],
    quote: (w) =>
      `„Progresul în domeniul ${w.topic} depinde de încrederea dintre instituții și oamenii pe care îi servesc”, au declarat participanții în recomandările lor comune.`,
    closings: [
      (w) =>
        `Evenimentul face parte din activitatea pe termen lung a ${w.operation.of} în domeniul ${w.topic}, în conformitate cu angajamentele OSCE.`,
      (w) => `În lunile următoare, ${w.operation.inPlace} sunt planificate reuniuni ulterioare în domeniul ${w.topic}.`,
    ],
  },
  fr: {
    topics: topicsOf([
      'gestion des frontières',
      'lutte contre la traite des êtres humains',
      'lutte contre le terrorisme',
      'égalité des genres',
      'droits de l’homme',
      'liberté et développement des médias',
      'police',
      'état de droit',
    ]),
    titles: [
      (w) => `${w.operation.name} soutient une formation en matière ${frDe(w.topic)} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} lance un nouveau projet en matière ${frDe(w.topic)}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} a conclu aujourd’hui un cours de trois jours en matière ${frDe(w.topic)} pour ${w.participants} fonctionnaires ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} a réuni cette semaine ${w.operation.inPlace} quelque ${w.participants} participants pour une réunion en matière ${frDe(w.topic)}.`,
    ],
    quote: (w) =>
      `«${nbsp}Les progrès en matière ${frDe(w.topic)} dépendent de la confiance entre les institutions et les personnes qu’elles servent${nbsp}», ont déclaré les participants dans leurs recommandations communes.`,
    closings: [
      (w) =>
        `L’événement s’inscrit dans le travail à long terme ${w.operation.of} en matière ${frDe(w.topic)}, conformément aux engagements de l’OSCE.`,
      (w) =>
        `Des réunions de suivi en matière ${frDe(w.topic)} sont prévues ${w.operation.inPlace} dans les mois à venir.`,
    ],
  },
  de: {
    topics: topicsOf([
      'Grenzmanagement',
      'Bekämpfung des Menschenhandels',
      'Terrorismusbekämpfung',
      'Gleichstellung der Geschlechter',
      'Menschenrechte',
      'Medienfreiheit und Medienentwicklung',
      'Polizeiarbeit',
      'Rechtsstaatlichkeit',
    ]),
    titles: [
      (w) => `${w.operation.name} unterstützt Schulungen im Bereich ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} startet neues Projekt im Bereich ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} hat heute einen dreitägigen Kurs im Bereich ${w.topic} für ${w.participants} Beamtinnen und Beamte ${w.operation.inCountry} abgeschlossen.`,
      (w) =>
        `${w.operation.name} hat diese Woche ${w.operation.inPlace} rund ${w.participants} Teilnehmende zu einem Treffen im Bereich ${w.topic} zusammengebracht.`,
    ],
    quote: (w) =>
      `„Fortschritte im Bereich ${w.topic} hängen vom Vertrauen zwischen den Institutionen und den Menschen ab, denen sie dienen“, erklärten die Teilnehmenden in ihren gemeinsamen Empfehlungen.`,
    closings: [
      (w) =>
        `Die Veranstaltung ist Teil der langfristigen Arbeit ${w.operation.of} im Bereich ${w.topic} im Einklang mit den OSZE-Verpflichtungen.`,
      (w) => `Folgetreffen im Bereich ${w.topic} sind in den kommenden Monaten ${w.operation.inPlace} geplant.`,
    ],
  },
  es: {
    topics: topicsOf([
      'gestión de fronteras',
      'lucha contra la trata de personas',
      'lucha contra el terrorismo',
      'igualdad de género',
      'derechos humanos',
      'libertad y desarrollo de los medios de comunicación',
      'actividades policiales',
      'Estado de derecho',
    ]),
    titles: [
      (w) => `${w.operation.name} apoya la formación en materia de ${w.topic} ${w.operation.inCountry}`,
      (w) => `${w.operation.name} pone en marcha un nuevo proyecto en materia de ${w.topic}`,
    ],
    openings: [
      (w) =>
        `${w.operation.name} concluyó hoy un curso de tres días en materia de ${w.topic} para ${w.participants} funcionarios ${w.operation.inCountry}.`,
      (w) =>
        `${w.operation.name} reunió esta semana ${w.operation.inPlace} a unos ${w.participants} participantes en una reunión en materia de ${w.topic}.`,
    ],
    quote: (w) =>
      `«Los avances en materia de ${w.topic} dependen de la confianza entre las instituciones y las personas a las que sirven», declararon los participantes en sus recomendaciones conjuntas.`,
    closings: [
      (w) =>
        `El evento forma parte de la labor a largo plazo ${w.operation.of} en materia de ${w.topic}, de conformidad con los compromisos de la OSCE.`,
      (w) =>
        `En los próximos meses se prevén reuniones de seguimiento en materia de ${w.topic} ${w.operation.inPlace}.`,
    ],
  },
}

const mission = (
  en: [name: string, place: string, country: string],
  fr: [name: string, place: string, inCountry: string],
  de: [name: string, place: string, country: string],
  es: [name: string, place: string, country: string],
  ru: [name: string, of: string, place: string, inPlace: string, inCountry: string],
): Record<string, OperationWords> => ({
  en: named(`OSCE ${en[0]}`, `OSCE ${en[0]}`, en[1], `in ${en[1]}`, `in ${en[2]}`),
  fr: named(`La ${fr[0]}`, `de la ${fr[0]}`, fr[1], `à ${fr[1]}`, fr[2]),
  de: named(`Die ${de[0]}`, `der ${de[0]}`, de[1], `in ${de[1]}`, `in ${de[2]}`),
  es: named(`La ${es[0]}`, `de la ${es[0]}`, es[1], `en ${es[1]}`, `en ${es[2]}`),
  ru: named(...ru, 'f'),
})
function named(
  name: string,
  of: string,
  place: string,
  inPlace: string,
  inCountry: string,
  gender?: OperationWords['gender'],
): OperationWords {
  return gender ? { name, of, place, inPlace, inCountry, gender } : { name, of, place, inPlace, inCountry }
}
const english = (name: string, place: string, country: string) =>
  named(`OSCE ${name}`, `OSCE ${name}`, place, `in ${place}`, `in ${country}`)

/**
 * Per active field operation, its words in each language a family about it is written in: the
 * host's languages where they are among the operation's working languages and the templates
 * have them (Russian in Central Asia and Moldova), else the official languages French, German,
 * Russian and Spanish. English first: the families' originals are English.
 */
export const operationWords: Readonly<Record<string, Readonly<Record<string, OperationWords>>>> = {
  'field-operation-presence-in-albania': {
    en: english('Presence in Albania', 'Tirana', 'Albania'),
    sq: named(
      'Prezenca e OSBE-së në Shqipëri',
      'të Prezencës së OSBE-së në Shqipëri',
      'Tiranë',
      'në Tiranë',
      'në Shqipëri',
    ),
  },
  'field-operation-centre-in-ashgabat': {
    en: english('Centre in Ashgabat', 'Ashgabat', 'Turkmenistan'),
    ru: named('Центр ОБСЕ в Ашхабаде', 'Центра ОБСЕ в Ашхабаде', 'Ашхабад', 'в Ашхабаде', 'в Туркменистане', 'm'),
  },
  'field-operation-programme-office-in-astana': {
    en: english('Programme Office in Astana', 'Astana', 'Kazakhstan'),
    ru: named(
      'Программный офис ОБСЕ в Астане',
      'Программного офиса ОБСЕ в Астане',
      'Астана',
      'в Астане',
      'в Казахстане',
      'm',
    ),
  },
  'field-operation-programme-office-in-bishkek': {
    en: english('Programme Office in Bishkek', 'Bishkek', 'Kyrgyzstan'),
    ru: named(
      'Программный офис ОБСЕ в Бишкеке',
      'Программного офиса ОБСЕ в Бишкеке',
      'Бишкек',
      'в Бишкеке',
      'в Кыргызстане',
      'm',
    ),
  },
  'field-operation-mission-to-bosnia-and-herzegovina': mission(
    ['Mission to Bosnia and Herzegovina', 'Sarajevo', 'Bosnia and Herzegovina'],
    ['Mission de l’OSCE en Bosnie-Herzégovine', 'Sarajevo', 'en Bosnie-Herzégovine'],
    ['OSZE-Mission in Bosnien und Herzegowina', 'Sarajevo', 'Bosnien und Herzegowina'],
    ['Misión de la OSCE en Bosnia y Herzegovina', 'Sarajevo', 'Bosnia y Herzegovina'],
    [
      'Миссия ОБСЕ в Боснии и Герцеговине',
      'Миссии ОБСЕ в Боснии и Герцеговине',
      'Сараево',
      'в Сараево',
      'в Боснии и Герцеговине',
    ],
  ),
  'field-operation-programme-office-in-dushanbe': {
    en: english('Programme Office in Dushanbe', 'Dushanbe', 'Tajikistan'),
    ru: named(
      'Программный офис ОБСЕ в Душанбе',
      'Программного офиса ОБСЕ в Душанбе',
      'Душанбе',
      'в Душанбе',
      'в Таджикистане',
      'm',
    ),
    tg: named(
      'Дафтари барномаҳои САҲА дар Душанбе',
      'Дафтари барномаҳои САҲА дар Душанбе',
      'Душанбе',
      'дар Душанбе',
      'дар Тоҷикистон',
    ),
  },
  'field-operation-mission-in-kosovo': {
    en: english('Mission in Kosovo', 'Pristina', 'Kosovo'),
    sq: named(
      'Misioni i OSBE-së në Kosovë',
      'të Misionit të OSBE-së në Kosovë',
      'Prishtinë',
      'në Prishtinë',
      'në Kosovë',
    ),
  },
  'field-operation-mission-to-moldova': {
    en: english('Mission to Moldova', 'Chisinau', 'Moldova'),
    ro: named(
      'Misiunea OSCE în Moldova',
      'Misiunii OSCE în Moldova',
      'Chișinău',
      'la Chișinău',
      'în Republica Moldova',
    ),
    ru: named('Миссия ОБСЕ в Молдове', 'Миссии ОБСЕ в Молдове', 'Кишинев', 'в Кишиневе', 'в Молдове', 'f'),
  },
  'field-operation-mission-to-montenegro': mission(
    ['Mission to Montenegro', 'Podgorica', 'Montenegro'],
    ['Mission de l’OSCE au Monténégro', 'Podgorica', 'au Monténégro'],
    ['OSZE-Mission in Montenegro', 'Podgorica', 'Montenegro'],
    ['Misión de la OSCE en Montenegro', 'Podgorica', 'Montenegro'],
    ['Миссия ОБСЕ в Черногории', 'Миссии ОБСЕ в Черногории', 'Подгорица', 'в Подгорице', 'в Черногории'],
  ),
  'field-operation-mission-to-serbia': mission(
    ['Mission to Serbia', 'Belgrade', 'Serbia'],
    ['Mission de l’OSCE en Serbie', 'Belgrade', 'en Serbie'],
    ['OSZE-Mission in Serbien', 'Belgrad', 'Serbien'],
    ['Misión de la OSCE en Serbia', 'Belgrado', 'Serbia'],
    ['Миссия ОБСЕ в Сербии', 'Миссии ОБСЕ в Сербии', 'Белград', 'в Белграде', 'в Сербии'],
  ),
  'field-operation-mission-to-skopje': {
    en: english('Mission to Skopje', 'Skopje', 'North Macedonia'),
    mk: named(
      'Мисијата на ОБСЕ во Скопје',
      'на Мисијата на ОБСЕ во Скопје',
      'Скопје',
      'во Скопје',
      'во Северна Македонија',
    ),
    sq: named(
      'Misioni i OSBE-së në Shkup',
      'të Misionit të OSBE-së në Shkup',
      'Shkup',
      'në Shkup',
      'në Maqedoninë e Veriut',
    ),
  },
  'field-operation-project-co-ordinator-in-uzbekistan': {
    en: english('Project Co-ordinator in Uzbekistan', 'Tashkent', 'Uzbekistan'),
    ru: named(
      'Координатор проектов ОБСЕ в Узбекистане',
      'Координатора проектов ОБСЕ в Узбекистане',
      'Ташкент',
      'в Ташкенте',
      'в Узбекистане',
      'm',
    ),
  },
}

export type ReleaseText = { title: string; summary: string; body: string }

/** Which template of each kind a release uses, and its participant figure: the same choice in every language. */
export type TextChoice = { title: 0 | 1; opening: 0 | 1; closing: 0 | 1; participants: number }

/** The release in `language` (English or one of its operation's): title, summary (its opening) and body. */
export function releaseText(
  language: string,
  operationId: string,
  topic: TranslatableTopic,
  choice: TextChoice,
): ReleaseText {
  const templates = languageTemplates[language]!
  const wording: Wording = {
    operation: operationWords[operationId]![language]!,
    topic: templates.topics[topic],
    participants: choice.participants,
  }
  const opening = templates.openings[choice.opening](wording)
  const paragraphs = [opening, templates.quote(wording), templates.closings[choice.closing](wording)]
  return {
    title: templates.titles[choice.title](wording),
    summary: opening,
    body: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n'),
  }
}
