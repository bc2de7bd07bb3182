import { z } from 'zod'
import { idSchema, listQuerySchema, optionalText, pageSchema, requiredText, versionSchema } from './common'

export const stateKinds = ['participating-state', 'asian-partner', 'mediterranean-partner'] as const
export const stateKindSchema = z.enum(stateKinds, { error: 'Choose a kind' })
export type StateKind = z.infer<typeof stateKindSchema>

export const stateInputSchema = z
  .object({
    name: requiredText('Name', 100),
    iso2: z
      .string({ error: 'ISO code is required' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'ISO code must be two letters (ISO 3166-1 alpha-2)'),
    kind: stateKindSchema,
    /** The capital, suggested as a dateline place. */
    capital: optionalText('Capital', 100).default(null),
  })
  .meta({ id: 'StateInput' })
export type StateInput = z.infer<typeof stateInputSchema>

/** A change carries the version it was based on: a stale one answers 409. */
export const statePatchSchema = stateInputSchema.extend({ version: versionSchema }).meta({ id: 'StatePatch' })
export type StatePatch = z.input<typeof statePatchSchema>

export const stateSchema = stateInputSchema
  .extend({ id: idSchema, version: versionSchema })
  .meta({ id: 'State', description: 'A participating State or a Partner for Co-operation' })
export type State = z.infer<typeof stateSchema>

export const stateListQuerySchema = listQuerySchema({
  sortKeys: ['name', 'iso2', 'kind'],
  defaultSort: 'name',
  maxPageSize: 500,
  defaultPageSize: 100,
  filters: { kind: stateKindSchema.optional() },
})
export type StateListQuery = z.input<typeof stateListQuerySchema>

export const statePageSchema = pageSchema(stateSchema)
