import { z } from 'zod'

/** The workflow's statuses, in workflow order (the status sort follows it). */
export const releaseStatuses = [
  'draft',
  'in-review',
  'changes-requested',
  'scheduled',
  'published',
  'withdrawn',
] as const
export const releaseStatusSchema = z
  .enum(releaseStatuses, { error: 'Unknown status' })
  .meta({ id: 'ReleaseStatus', description: 'Where a release is in the workflow (see Workflow).' })
export type ReleaseStatus = z.infer<typeof releaseStatusSchema>
