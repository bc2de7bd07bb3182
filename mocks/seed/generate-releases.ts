import { releaseStatuses, type ReleaseStatus, type ReleaseType } from '../../src/api/contract'
import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { seedChairpersonships } from './chairpersonships'
import { seedFieldOperations } from './field-operations'
import { seedFieldsOfWork } from './fields-of-work'
import { seedHistoryOf, seedVersionRange, withChangesRequestedAt } from './generate-history'
import { addTranslations } from './generate-translations'
import { createRandom, type Random } from './prng'
import {
  closingTemplates,
  openingTemplates,
  quoteTemplates,
  titleTemplates,
  topicPhrase,
  type TemplateContext,
} from './release-templates'
import { seedStates } from './states'
import { seedEditorIds } from './users'

const DAY = 86_400_000
/** The generated history ends here; work in progress lies before it, scheduled releases after it. */
export const SEED_NOW = Date.UTC(2026, 10, 25, 17, 0)
const PUBLISHED_FROM = Date.UTC(2023, 0, 2)
const PUBLISHED_TO = Date.UTC(2026, 10, 20)
const WORK_FROM = Date.UTC(2026, 8, 1)

const activeOperations = seedFieldOperations.filter((operation) => operation.closed === null)
const participatingStates = seedStates.filter((state) => state.kind === 'participating-state')
const stateName = new Map(seedStates.map((state) => [state.id, state.name]))
/** Per host State, the participating States other than it (the second country of a release), built once rather than per release. */
const otherStatesOf = new Map(
  activeOperations.map((operation) => [
    operation.hostStateId,
    participatingStates.filter((state) => state.id !== operation.hostStateId),
  ]),
)
/** Per year, the surname of the Chair-in-Office. */
const chairOf = new Map(seedChairpersonships.map((chair) => [chair.year, chair.chairInOffice.name.split(' ').at(-1)!]))
const otherSources = [
  'structure-chairpersonship',
  'structure-transnational-threats-department',
  'structure-odihr',
  'structure-conflict-prevention-centre',
]

/** Roughly how the statuses of a real newsroom are spread; the first six releases cover each one. */
const statusWeights: Array<[ReleaseStatus, number]> = [
  ['draft', 12],
  ['in-review', 9],
  ['changes-requested', 6],
  ['scheduled', 5],
  ['published', 63],
  ['withdrawn', 5],
]

function pickStatus(random: Random, index: number): ReleaseStatus {
  if (index < releaseStatuses.length) return releaseStatuses[index]!
  let roll = random.next() * 100
  for (const [status, weight] of statusWeights) {
    roll -= weight
    if (roll < 0) return status
  }
  return 'published'
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const isoDateTime = (ms: number) => new Date(ms).toISOString()
const startOfDay = (ms: number) => ms - (ms % DAY)

function generateRelease(random: Random, index: number): StoredRelease {
  const status = pickStatus(random, index)
  const operation = random.pick(activeOperations)
  const [topic, otherTopic, ...moreTopics] = random.sample(seedFieldsOfWork, random.int(2, 4))
  const country = operation.hostStateId ? stateName.get(operation.hostStateId)! : 'Kosovo'
  const other = random.pick(otherStatesOf.get(operation.hostStateId)!)

  // Dates: published work spreads over 2023–2026; work in progress is recent; scheduled is ahead.
  let datelineMs: number
  let createdMs: number
  if (status === 'published' || status === 'withdrawn') {
    datelineMs = startOfDay(PUBLISHED_FROM + random.next() * (PUBLISHED_TO - PUBLISHED_FROM))
    createdMs = datelineMs - random.int(1, 6) * DAY + random.int(7, 17) * 3_600_000
  } else if (status === 'scheduled') {
    datelineMs = startOfDay(SEED_NOW) + random.int(6, 35) * DAY
    createdMs = SEED_NOW - random.int(3, 20) * DAY
  } else {
    createdMs = WORK_FROM + random.next() * (SEED_NOW - 2 * DAY - WORK_FROM)
    datelineMs = startOfDay(createdMs) + random.int(1, 21) * DAY
  }
  const publishedMs = datelineMs + random.int(8, 15) * 3_600_000
  const updatedMs =
    status === 'published'
      ? publishedMs
      : status === 'withdrawn'
        ? Math.min(SEED_NOW, publishedMs + random.int(1, 60) * DAY)
        : Math.min(SEED_NOW, createdMs + random.int(1, 96) * 3_600_000)
  const year = new Date(datelineMs).getUTCFullYear()
  const chair = chairOf.get(year) ?? 'Borg'

  const context: TemplateContext = {
    operation: operation.name,
    place: operation.location,
    country,
    otherCountry: other.name,
    topic: topicPhrase(topic!.name),
    otherTopic: topicPhrase(otherTopic!.name),
    chair,
    count: random.int(4, 30),
  }
  const opening = random.pick(openingTemplates)(context)
  const paragraphs = [opening, random.pick(quoteTemplates)(context), random.pick(closingTemplates)(context)]
  const roll = random.next()
  const type: ReleaseType = roll < 0.8 ? 'press-release' : roll < 0.95 ? 'news-item' : 'statement'
  const [minVersion, maxVersion] = seedVersionRange[status]
  const assigned =
    status === 'published' || status === 'withdrawn' || status === 'scheduled'
      ? random.next() < 0.85
      : random.next() < 0.2
  const operationSource = `structure-${operation.id}`

  return {
    id: `release-${String(index + 1).padStart(5, '0')}`,
    type,
    title: random.pick(titleTemplates)(context),
    language: 'en',
    dateline: { place: operation.location, date: isoDate(datelineMs) },
    summary: opening,
    body: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n'),
    sourceIds: random.next() < 0.3 ? [random.pick(otherSources), operationSource] : [operationSource],
    fieldOfWorkIds: [topic!, otherTopic!, ...moreTopics].map((field) => field.id),
    stateIds: operation.hostStateId && random.next() < 0.8 ? [operation.hostStateId, other.id] : [other.id],
    fieldOperationIds: assigned ? [operation.id] : [],
    status,
    scheduledAt: status === 'scheduled' ? isoDateTime(publishedMs) : null,
    publishedAt: status === 'published' || status === 'withdrawn' ? isoDateTime(publishedMs) : null,
    submittedAt: null,
    authorId: random.pick(seedEditorIds),
    createdAt: isoDateTime(createdMs),
    updatedAt: isoDateTime(Math.max(updatedMs, createdMs)),
    version: random.int(minVersion, maxVersion),
  }
}

/** `count` originals and the translations of some of them, the same on every run: the ids run release-00001, release-00002, … */
export function generateReleases(count: number, seed = 20240626): StoredRelease[] {
  return generateSeedReleases(count, seed).releases
}

export type GeneratedSeed = { releases: StoredRelease[]; history: Map<string, StoredHistoryEntry[]> }

/**
 * The releases with their histories: `count` originals, then the translations of some of them
 * (`generate-translations.ts`, ids `release-00042-ru`…). Each history draws on its own PRNG
 * (seeded by the release's index), and so does each family, so the releases without one are the
 * same as before histories and translations existed.
 */
export function generateSeedReleases(count: number, seed = 20240626): GeneratedSeed {
  const random = createRandom(seed)
  const history = new Map<string, StoredHistoryEntry[]>()
  const originals = Array.from({ length: count }, (_, index) => {
    const release = generateRelease(random, index)
    const { entries, submittedAt } = seedHistoryOf(release, createRandom(seed + 7919 * (index + 1)))
    release.submittedAt = submittedAt
    // The last person in its history made its last editorial change (a scheduled publication is nobody's).
    release.updatedById = entries.findLast((entry) => entry.actorId !== null)?.actorId ?? release.authorId
    withChangesRequestedAt(release, entries)
    history.set(release.id, entries)
    return release
  })
  const translations = addTranslations(originals, history, seed, SEED_NOW)
  return { releases: [...originals, ...translations], history }
}
