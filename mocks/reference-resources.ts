/**
 * The reference resources (states, chairpersonships, field operations, fields of work,
 * languages): what is particular to each below the HTTP handlers, in one place.
 * `collections.ts` makes a collection of each (stored with `schema`, seeded with `seed`); each
 * handler config (`handlers/<resource>.ts`) is served at `path`, and `handlers/index.ts`
 * serves one per entry; the suites that call every endpoint (`handlers/contract.test.ts`,
 * `handlers/hostile-requests.test.ts`, `test-support/permission-matrix.ts`) take their
 * bodies, ids and paths from here.
 *
 * A new reference resource in the mock: its seed in `seed/`, an entry here, and its handler
 * config in `handlers/` with its line in `handlers/index.ts` (a missing one is a type error).
 * A resource stored as the contract answers it needs no line in `schemas.ts`: its `schema`
 * is the contract's entity schema.
 */
import type { z } from 'zod'
import {
  chairpersonshipInputSchema,
  fieldOfWorkInputSchema,
  fieldOperationInputSchema,
  languageInputSchema,
  stateInputSchema,
} from '../src/api/contract'
import { storedSchemas } from '../server/core/records'
import { referencePaths } from '../server/core/routes/reference-resource'
import { seedChairpersonships } from './seed/chairpersonships'
import { seedFieldOperations } from './seed/field-operations'
import { seedFieldsOfWork } from './seed/fields-of-work'
import { seedLanguages } from './seed/languages'
import { seedStates } from './seed/states'

type ReferenceEntry<S extends z.ZodType<{ id: string; version: number }>, I> = {
  /** Where its endpoints are (the core's `referencePaths`): `/states`, `/states/{id}`. */
  path: `/${string}`
  /** What the database stores: the contract's entity schema when it is stored as is. */
  schema: S
  /** The records it starts with (from the source page). */
  seed: ReadonlyArray<z.infer<S>>
  /** A valid create body (the contract's input); `n` makes whatever must be unique unique. */
  example: (n: number) => I
  /**
   * A valid change of any record made from an example (a PATCH body without its version); the
   * example itself when every field may change. A field that never changes (a language's code)
   * is left out.
   */
  change?: (n: number) => Partial<I>
  /** A seeded record the tests read (`existingIdOf` checks that the seed has it). */
  existingId: string
}
/**
 * Three-letter codes of ISO 639-2's range for local use (qaa–qtz), which no language has: what a
 * test creates cannot take a real language's code.
 */
const localUseLanguageCode = (n: number) => {
  const index = n % (20 * 26)
  return `q${'abcdefghijklmnopqrst'[Math.floor(index / 26)]}${'abcdefghijklmnopqrstuvwxyz'[index % 26]}`
}

const entry = <S extends z.ZodType<{ id: string; version: number }>, I>(reference: ReferenceEntry<S, I>) => reference

/** ISO 3166-1 codes (the input is checked against the list) that no seeded State or Partner uses. */
const unusedIsoCodes =
  'AQ BV GS HM UM TF IO PN TK NF CX CC WF YT NU SH FK GI BM KY MS TC VG AI AW BL MF SX CW BQ'.split(' ')

/** In the order their collections, handlers and permission-matrix rows come in. */
export const referenceResources = {
  states: entry({
    path: referencePaths.states,
    schema: storedSchemas.states,
    seed: seedStates,
    example: (n): z.input<typeof stateInputSchema> => ({
      name: `Exampleland ${n}`,
      iso2: unusedIsoCodes[n % unusedIsoCodes.length]!,
      kind: 'mediterranean-partner',
    }),
    existingId: 'state-tj',
  }),
  chairpersonships: entry({
    path: referencePaths.chairpersonships,
    schema: storedSchemas.chairpersonships,
    seed: seedChairpersonships,
    example: (n): z.input<typeof chairpersonshipInputSchema> => ({
      year: 2030 + (n % 70),
      stateId: 'state-at',
      chairInOffice: { name: 'Test Person', title: 'Minister' },
    }),
    existingId: 'chairpersonship-2024',
  }),
  fieldOperations: entry({
    path: referencePaths.fieldOperations,
    schema: storedSchemas.fieldOperations,
    seed: seedFieldOperations,
    example: (n): z.input<typeof fieldOperationInputSchema> => ({
      name: `Mission to Exampleland ${n}`,
      type: 'mission',
      location: 'Testville',
      hostStateId: null,
      head: null,
      opened: 2020,
      closed: null,
    }),
    existingId: 'field-operation-programme-office-in-dushanbe',
  }),
  fieldsOfWork: entry({
    path: referencePaths.fieldsOfWork,
    schema: storedSchemas.fieldsOfWork,
    seed: seedFieldsOfWork,
    example: (n): z.input<typeof fieldOfWorkInputSchema> => ({ name: `Example studies ${n}` }),
    existingId: 'field-of-work-youth',
  }),
  languages: entry({
    path: referencePaths.languages,
    schema: storedSchemas.languages,
    seed: seedLanguages,
    example: (n): z.input<typeof languageInputSchema> => ({
      code: localUseLanguageCode(n),
      name: `Examplish ${n}`,
      nativeName: `Exemplaire ${n}`,
      script: 'Latn',
      official: false,
    }),
    change: (n): Partial<z.input<typeof languageInputSchema>> => ({
      name: `Examplish ${n}`,
      nativeName: `Exemplaire ${n}`,
      script: 'Cyrl',
    }),
    existingId: 'language-tg',
  }),
}
export type ReferenceName = keyof typeof referenceResources
export const referenceNames = Object.keys(referenceResources) as ReferenceName[]

/** The seeded record the tests read, checked against the seed. */
export function existingIdOf(name: ReferenceName): string {
  const { existingId, seed } = referenceResources[name]
  if (!seed.some((record) => record.id === existingId)) throw new Error(`${name}: the seed has no ${existingId}`)
  return existingId
}

/** A valid change (a PATCH body without its version) of a record made from an example, unique per `n`. */
export function referenceChange(name: ReferenceName, n: number): Record<string, unknown> {
  const resource: { example: (n: number) => object; change?: (n: number) => object } = referenceResources[name]
  return { ...(resource.change ?? resource.example)(n) }
}

/** Each reference resource's stored schema, by collection name, keeping each one's type. */
export const referenceSchemas = Object.fromEntries(
  referenceNames.map((name) => [name, referenceResources[name].schema]),
) as { [N in ReferenceName]: (typeof referenceResources)[N]['schema'] }

/** Each reference resource's seed, by collection name. */
export const referenceSeeds = Object.fromEntries(
  referenceNames.map((name) => [name, referenceResources[name].seed]),
) as { [N in ReferenceName]: (typeof referenceResources)[N]['seed'] }
