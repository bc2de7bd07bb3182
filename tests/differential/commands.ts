/**
 * The requests the differential test sends, as fast-check arbitraries of plain descriptions.
 * A description names what it acts on by position (`release: 7` is the 8th release known so far,
 * seeded or created, modulo their number) and how it picks a version ('current', 'stale'), so
 * that the runner (`run.ts`) turns it into one concrete request for both sides, and a shrunk
 * sequence still means something. Texts come from small pools that stress what two
 * implementations are likely to do differently: accents, case, Cyrillic, digits, punctuation.
 */
import * as fc from 'fast-check'
import { transitionActions, type TransitionAction } from '../../src/api/contract'
import { seedFieldOperations } from '../../mocks/seed/field-operations'
import { seedFieldsOfWork } from '../../mocks/seed/fields-of-work'
import { seedLanguages } from '../../mocks/seed/languages'
import { seedStates } from '../../mocks/seed/states'
import { seedStructures } from '../../mocks/seed/structures'
import { seedUsers } from '../../mocks/seed/users'

/** Who sends it: a seeded user's index, the release's author (a release's request), or null (signed out). */
export type Who = number | 'author' | { able: number } | null
/** The n-th known release, or the n-th created in this run (counted back from the latest). */
export type ReleaseTarget = number | { created: number }
/** An approval's publication time: relative to the clock, none, or one of a few instants (so that several fall due together). */
export type PublishAt = 'past' | 'soon' | 'later' | null | `${number}-${string}`
/** Which version a write names: the record's own, one behind it, or one ahead. */
export type VersionChoice = 'current' | 'stale' | 'ahead'
/** A reference resource the test writes. */
export type ReferenceName = 'states' | 'fields-of-work' | 'languages' | 'field-operations' | 'chairpersonships'
export type Query = Record<string, string>

export type Command =
  | { kind: 'create'; as: Who; body: Record<string, unknown> }
  | {
      kind: 'patch'
      as: Who
      release: ReleaseTarget
      changes: Record<string, unknown>
      version: VersionChoice
      basedOn?: 'current' | number
    }
  | {
      kind: 'transition'
      as: Who
      release: ReleaseTarget
      /** A step by name, or the n-th of those the caller may take now (`allowedActions`): deeper workflows. */
      action: TransitionAction | { allowed: number }
      comment?: string
      publishAt?: PublishAt
      originalRevision?: 'current' | number
      version: VersionChoice
    }
  | { kind: 'translate'; as: Who; release: ReleaseTarget; language: string }
  | { kind: 'delete'; as: Who; release: ReleaseTarget }
  | {
      kind: 'assign'
      as: Who
      releases: ReleaseTarget[]
      fieldOperations: string[]
      mode: 'add' | 'remove'
      expected: 'none' | 'current' | 'stale'
    }
  | { kind: 'comment'; as: Who; release: ReleaseTarget; body: string }
  | { kind: 'read'; as: Who; release: ReleaseTarget; what: '' | '/history' | '/comments' }
  | { kind: 'inbox'; as: Who; query: Query }
  | { kind: 'mark-read'; as: Who; all: boolean; notifications: number[] }
  | { kind: 'list'; as: Who; query: Query }
  | { kind: 'counts'; as: Who; query: Query }
  | { kind: 'export'; as: Who; query: Query }
  | { kind: 'report'; as: Who; report: string; query: Query }
  | { kind: 'reference-list'; as: Who; resource: ReferenceName | 'structures'; query: Query }
  | { kind: 'reference-create'; as: Who; resource: ReferenceName; body: Record<string, unknown> }
  | {
      kind: 'reference-patch'
      as: Who
      resource: ReferenceName
      record: number
      changes: Record<string, unknown>
      version: VersionChoice
    }
  | { kind: 'reference-delete'; as: Who; resource: ReferenceName; record: number }
  | { kind: 'sign-out'; as: Who }
  /** The last write sent with an Idempotency-Key, sent again as it was. */
  | { kind: 'replay' }
  /** Moves the clock on (scheduled releases fall due). */
  | { kind: 'wait'; hours: number }

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)
const ids = <T extends { id: string }>(records: readonly T[]) => records.map((record) => record.id)

/** Mostly editors and admins (who write), reviewers often, now and then nobody. */
const who: fc.Arbitrary<Who> = fc.oneof(
  { weight: 12, arbitrary: fc.nat({ max: seedUsers.length - 1 }) },
  { weight: 1, arbitrary: fc.constant(null) },
)
const adminIndexes = seedUsers.flatMap((user, index) => (user.role === 'admin' ? [index] : []))
const reviewerIndexes = seedUsers.flatMap((user, index) => (user.role === 'reviewer' ? [index] : []))
/** Who changes a release: mostly its author, an admin or a reviewer (who may), sometimes anyone. */
const writer: fc.Arbitrary<Who> = fc.oneof(
  { weight: 5, arbitrary: fc.constant('author' as const) },
  { weight: 2, arbitrary: pick(adminIndexes) },
  { weight: 3, arbitrary: pick(reviewerIndexes) },
  { weight: 2, arbitrary: who },
)
const editorIndexes = seedUsers.flatMap((user, index) => (user.role === 'editor' ? [index] : []))
/** Who creates a release: mostly an editor or an admin. */
const creator: fc.Arbitrary<Who> = fc.oneof(
  { weight: 4, arbitrary: pick(editorIndexes) },
  { weight: 2, arbitrary: pick(adminIndexes) },
  { weight: 1, arbitrary: who },
)
/** Who writes what only admins may: mostly an admin. */
const admin: fc.Arbitrary<Who> = fc.oneof({ weight: 6, arbitrary: pick(adminIndexes) }, { weight: 1, arbitrary: who })
/** A release: any known one (seeded or created), or more often one this run created (drafts, which change most). */
const release: fc.Arbitrary<ReleaseTarget> = fc.oneof(
  { weight: 1, arbitrary: fc.nat({ max: 200 }) },
  { weight: 1, arbitrary: fc.record({ created: fc.nat({ max: 20 }) }) },
)
const version: fc.Arbitrary<VersionChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('current' as const) },
  { weight: 1, arbitrary: pick(['stale', 'ahead'] as const) },
)

/** Words for titles and searches: accents, case, digits, Cyrillic, punctuation, seed words. */
const wordPool = [
  'Água',
  'agua',
  'Zebra',
  'zebra',
  'Élan',
  'elan',
  'Release 2',
  'Release 10',
  'release 1',
  'Душанбе',
  'душанбе',
  'Hadžić',
  'hadzic',
  '"Quoted"',
  'Ölçü',
  'a-b',
  'ab',
  'A b',
  'ß',
  'O’Brien',
  'Dushanbe',
  'Experts',
  'trafficking',
  '10%',
  '_under_',
  'Ærø',
  'İstanbul',
  // What a database may store otherwise than memory: a lone surrogate, what ICU versions may order apart.
  // Refused with a 422 in both homes (text may not hold half a character).
  'lone\uD800half',
  'e\u0301te',
  'été',
  '٢ Arabic-Indic two',
  'Ｚenkaku',
  'ﬁle',
  '🙂 smile',
  '서울',
  '北京',
] as const
const title = fc.array(pick(wordPool), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
const searchText = fc.oneof(
  pick(wordPool),
  pick([
    'Dush',
    'exp',
    'traff',
    'Душ',
    'hadz',
    'HADŽ',
    'strengthen education',
    'a:b',
    '&',
    'it’s',
    '-',
    "o'b",
    '  Zeb  ',
    'x y z',
    '*',
    'release 1',
  ]),
)
/** Mostly `valid`, now and then one of `invalid` (a 422 of its own). */
const mostly = <T>(valid: readonly T[], invalid: readonly T[]) =>
  fc.oneof({ weight: 15, arbitrary: pick(valid) }, { weight: 1, arbitrary: pick(invalid) })
const place = mostly(['Dushanbe', 'Vienna', 'Skopje', 'Bişkek', 'Душанбе', '  Tirana '], [''])
const isoDate = pick([
  '2024-02-29',
  '2025-12-31',
  '2026-01-01',
  '2026-06-15',
  '2026-11-20',
  '2026-11-27',
  '2026-12-03',
  '2027-01-05',
])
const bodyHtml = pick([
  '<p>The OSCE today met experts.</p>',
  '<p>Hadžić said: “Ölçü &amp; Água”.</p><ul><li>one</li><li>two</li></ul>',
  '<p>x<script>alert(1)</script><a href="javascript:alert(1)" onclick="y()">link</a></p>',
  '<h2>Душанбе</h2><p>Эксперты встретились.</p>',
  '',
  '<p> </p>',
  // A word longer than any word: cut to its start where it is stored (server/core/search.ts).
  `<p>${'Long'.repeat(600)}</p>`,
  '<p>nul\u0000byte</p>',
  '<p>lone\uD800half</p>',
])
// U+0000 (refused by both: 422) now and then, in summaries, bodies and comments.
const summary = mostly(['', 'A summary.', 'Résumé with Душанбе', '  padded  '], ['nul\u0000byte'])

const sourceIds = ids(seedStructures)
const stateIds = ids(seedStates)
const fieldOfWorkIds = ids(seedFieldsOfWork)
const fieldOperationIds = ids(seedFieldOperations)
const languageCodes = seedLanguages.map((language) => language.code)
const userIds = ids(seedUsers)

/** Mostly real references, now and then an unknown one (422). */
const someOf = (values: readonly string[], max: number) => fc.array(mostly(values, ['unknown-id']), { maxLength: max })

const releaseFields = {
  type: pick(['press-release', 'news-item', 'statement']),
  title,
  language: mostly([...languageCodes.slice(0, 8), 'EN'], ['sr-latn', 'xx']),
  dateline: fc.record({ place, date: isoDate }),
  summary,
  body: bodyHtml,
  sourceIds: someOf(sourceIds, 2).filter((chosen) => chosen.length > 0),
  fieldOfWorkIds: someOf(fieldOfWorkIds, 2),
  stateIds: someOf(stateIds, 2),
}

const create = fc.record({
  kind: fc.constant('create' as const),
  as: creator,
  body: fc.record(releaseFields, { requiredKeys: ['title', 'type', 'dateline', 'sourceIds'] }),
})

const patch = fc.record(
  {
    kind: fc.constant('patch' as const),
    as: writer,
    release,
    changes: fc.record(releaseFields, { requiredKeys: [] }),
    version,
    basedOn: fc.oneof(fc.constant('current' as const), fc.nat({ max: 3 })),
  },
  { requiredKeys: ['kind', 'as', 'release', 'changes', 'version'] },
)

/**
 * Who takes a step: often someone who may take one now (the runner reads the release as each
 * seeded user, from the n-th on, and picks the first with a step), so that workflows go deep:
 * submitted, approved for a time, published when it falls due.
 */
const stepper: fc.Arbitrary<Who> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ able: fc.nat({ max: seedUsers.length - 1 }) }) },
  { weight: 2, arbitrary: writer },
)

const transition = fc.record(
  {
    kind: fc.constant('transition' as const),
    as: stepper,
    release,
    action: fc.oneof(
      { weight: 1, arbitrary: pick(transitionActions) },
      { weight: 2, arbitrary: fc.record({ allowed: fc.nat({ max: 5 }) }) },
    ),
    comment: mostly(['Looks good.', 'Fix the dateline, please.', ' Душанбе? '], ['', '  ']),
    publishAt: pick([
      'past',
      'soon',
      'later',
      null,
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T10:00:00+01:00',
      '2026-12-24T00:00:00Z',
    ] as const),
    originalRevision: fc.oneof(fc.constant('current' as const), fc.nat({ max: 3 })),
    version,
  },
  { requiredKeys: ['kind', 'as', 'release', 'action', 'version'] },
)

const translate = fc.record({
  kind: fc.constant('translate' as const),
  as: who,
  release,
  // Codes a reference write may have added ('ga', 'sr-Latn'), in either case; one no language has.
  language: pick([...languageCodes, 'RU', 'ga', 'sr-latn', 'zz']),
})

const remove = fc.record({ kind: fc.constant('delete' as const), as: writer, release })

const assign = fc.record({
  kind: fc.constant('assign' as const),
  as: admin,
  releases: fc.array(release, { minLength: 1, maxLength: 4 }),
  fieldOperations: fc.array(mostly(fieldOperationIds, ['unknown-id']), { minLength: 1, maxLength: 2 }),
  mode: pick(['add', 'remove'] as const),
  expected: pick(['none', 'current', 'stale'] as const),
})

const comment = fc.record({
  kind: fc.constant('comment' as const),
  as: who,
  release,
  body: pick([
    'Please check the figures.',
    '<b>not html</b>',
    '  ',
    'Душанбе?',
    'nul\u0000byte',
    // Refused with a 422 in both homes (text may not hold half a character).
    'lone\uD800half',
  ]),
})

const read = fc.record({
  kind: fc.constant('read' as const),
  as: who,
  release,
  what: pick(['', '/history', '/comments'] as const),
})

const inbox = fc.record({
  kind: fc.constant('inbox' as const),
  as: who,
  query: fc.record(
    { page: pick(['1', '2']), pageSize: pick(['3', '10', '100']), unread: pick(['true', 'false']) },
    { requiredKeys: [] },
  ),
})

const markRead = fc.record({
  kind: fc.constant('mark-read' as const),
  as: who,
  all: fc.boolean(),
  notifications: fc.array(fc.nat({ max: 100 }), { maxLength: 3 }),
})

/** The filters, sorts and pages of a release list: any subset, values mostly valid. */
const releaseFilters: Record<string, fc.Arbitrary<string>> = {
  q: searchText,
  status: pick(['draft', 'in-review', 'changes-requested', 'scheduled', 'published', 'withdrawn']),
  type: pick(['press-release', 'news-item', 'statement']),
  language: pick(['en', 'ru', 'en,fr', 'FR', 'ru,en', 'sr-latn', 'de']),
  missingLanguage: pick(['ru', 'fr', 'en', 'de']),
  fieldOfWork: pick(fieldOfWorkIds.slice(0, 6)),
  fieldOperation: pick(['none', ...fieldOperationIds.slice(0, 6)]),
  state: pick(stateIds.slice(0, 12)),
  source: pick(sourceIds.slice(0, 8)),
  author: pick(userIds),
  from: isoDate,
  to: isoDate,
  publishFrom: pick(['2026-01-01T00:00:00Z', '2026-11-27T12:00:00.000Z', '2026-12-01T00:00:00+01:00']),
  publishTo: pick(['2026-06-01T00:00:00Z', '2026-12-31T00:00:00Z']),
}
/** Up to two filters (more would leave a seed of 30 with nothing to list), a sort, a page, a grouping, each maybe. */
const releaseQuery: fc.Arbitrary<Query> = fc
  .tuple(
    fc
      .uniqueArray(pick(Object.keys(releaseFilters)), { maxLength: 2 })
      .chain((keys) => fc.tuple(...keys.map((key) => releaseFilters[key]!.map((value) => [key, value] as const)))),
    fc.record(
      {
        sort: pick(
          ['dateline', 'updatedAt', 'title', 'status', 'submittedAt', 'publishedAt', 'publication'].flatMap((key) => [
            key,
            `-${key}`,
          ]),
        ),
        page: pick(['1', '1', '2', '3', '9']),
        pageSize: pick(['1', '5', '10', '100', '100']),
        group: fc.constant('family'),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([filters, rest]) => ({ ...Object.fromEntries(filters), ...rest }))

const list = fc.record({ kind: fc.constant('list' as const), as: who, query: releaseQuery })
const counts = fc.record({ kind: fc.constant('counts' as const), as: who, query: releaseQuery })
const exportCsv = fc.record({ kind: fc.constant('export' as const), as: who, query: releaseQuery })
const report = fc.record({
  kind: fc.constant('report' as const),
  as: who,
  report: pick([
    'published-per-month',
    'per-field-operation',
    'per-field-of-work',
    'review-turnaround',
    'translation-turnaround',
  ]),
  query: fc.record({ months: pick(['1', '3', '24', '120']) }, { requiredKeys: [] }),
})

const referenceName: fc.Arbitrary<ReferenceName> = pick([
  'states',
  'fields-of-work',
  'languages',
  'field-operations',
  'chairpersonships',
])

/** Each reference list's own sorts and filters (now and then a sort it lacks: 422). */
const referenceQueries: Record<
  ReferenceName | 'structures',
  { sorts: string[]; filters: Record<string, fc.Arbitrary<string>> }
> = {
  states: {
    sorts: ['name', 'iso2', 'kind'],
    filters: { kind: pick(['participating-state', 'asian-partner', 'mediterranean-partner']) },
  },
  'fields-of-work': { sorts: ['name'], filters: {} },
  languages: { sorts: ['name', 'code'], filters: {} },
  'field-operations': {
    sorts: ['name', 'type', 'location', 'opened'],
    filters: { status: pick(['active', 'closed']) },
  },
  chairpersonships: { sorts: ['year'], filters: {} },
  structures: {
    sorts: ['name', 'kind'],
    filters: { kind: pick(['chairpersonship', 'secretariat', 'institution', 'field-operation', 'other']) },
  },
}

/** A list of a reference resource: its own sorts and filters, `q`, pages. */
const referenceList = fc
  .constantFrom(...(Object.keys(referenceQueries) as Array<ReferenceName | 'structures'>))
  .chain((resource) =>
    fc.record({
      kind: fc.constant('reference-list' as const),
      as: who,
      resource: fc.constant(resource),
      query: fc.record(
        {
          q: searchText,
          sort: mostly(
            referenceQueries[resource].sorts.flatMap((key) => [key, `-${key}`]),
            ['year', 'code'],
          ),
          page: pick(['1', '2']),
          pageSize: pick(['5', '50', '500']),
          ...referenceQueries[resource].filters,
        },
        { requiredKeys: [] },
      ),
    }),
  )

/** A body for each reference resource: sometimes clashing with the seed (422), sometimes new. */
const referenceBodies: Record<ReferenceName, fc.Arbitrary<Record<string, unknown>>> = {
  states: fc.record(
    {
      name: pick(['Atlantis', 'atlantis', 'Austria', 'Ærø Island', '']),
      iso2: pick(['AQ', 'at', 'ZZ', 'TUR', 'bv']),
      kind: pick(['participating-state', 'asian-partner']),
      capital: pick(['Vienna', null, '']),
    },
    { requiredKeys: [] },
  ),
  'fields-of-work': fc.record(
    { name: pick(['Arms control', 'arms control', 'Cyber', 'Çyber', ' ', 'Water']) },
    { requiredKeys: [] },
  ),
  languages: fc.record(
    {
      code: pick(['ga', 'GA', 'en', 'sr-Latn', 'sr-cyrl', 'x']),
      name: pick(['Irish', 'English', 'Serbian (Latin)', 'irish']),
      nativeName: pick(['Gaeilge', 'Srpski']),
      script: pick(['Latn', 'Cyrl', 'Hani']),
      official: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  'field-operations': fc.record(
    {
      name: pick(['Mission to Atlantis', 'OSCE Presence in Albania', 'mission to atlantis']),
      type: pick(['mission', 'office', 'bureau']),
      location: pick(['Poseidonia', 'Tirana']),
      hostStateId: pick([...stateIds.slice(0, 4), null, 'unknown-id']),
      head: pick(['A. Head', null]),
      opened: pick([1999, 2020, 1970]),
      closed: pick([null, 2010, 2025]),
      languageCodes: pick([['en'], ['en', 'ru'], ['ru', 'ru'], [], ['zz']]),
    },
    { requiredKeys: [] },
  ),
  chairpersonships: fc.record(
    {
      year: pick([2030, 2031, 2024, 1970]),
      stateId: pick([...stateIds.slice(0, 4), 'unknown-id', ...stateIds.slice(-2)]),
      chairInOffice: fc.record(
        { name: pick(['A. Chair', '']), title: pick(['Minister', 'Foreign Minister']) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
}

const referenceCreate = referenceName.chain((resource) =>
  fc.record({
    kind: fc.constant('reference-create' as const),
    as: admin,
    resource: fc.constant(resource),
    body: referenceBodies[resource],
  }),
)
const referencePatch = referenceName.chain((resource) =>
  fc.record({
    kind: fc.constant('reference-patch' as const),
    as: admin,
    resource: fc.constant(resource),
    record: fc.nat({ max: 100 }),
    changes: referenceBodies[resource],
    version,
  }),
)
const referenceDelete = fc.record({
  kind: fc.constant('reference-delete' as const),
  as: admin,
  resource: referenceName,
  record: fc.nat({ max: 100 }),
})

/** One request (or clock move), weighted toward the writes that change what lists answer. */
export const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: create },
  { weight: 5, arbitrary: patch },
  { weight: 8, arbitrary: transition },
  { weight: 3, arbitrary: translate },
  { weight: 1, arbitrary: remove },
  { weight: 2, arbitrary: assign },
  { weight: 2, arbitrary: comment },
  { weight: 2, arbitrary: read },
  { weight: 2, arbitrary: inbox },
  { weight: 1, arbitrary: markRead },
  { weight: 8, arbitrary: list },
  { weight: 3, arbitrary: counts },
  { weight: 2, arbitrary: exportCsv },
  { weight: 2, arbitrary: report },
  { weight: 3, arbitrary: referenceList },
  { weight: 2, arbitrary: referenceCreate },
  { weight: 2, arbitrary: referencePatch },
  { weight: 1, arbitrary: referenceDelete },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sign-out' as const), as: who }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'replay' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: pick([1, 24, 24 * 10, 24 * 40]) }) },
)

export const commands = (maxLength: number) => fc.array(command, { minLength: 1, maxLength, size: 'max' })
