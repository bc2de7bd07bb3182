import { z } from 'zod'
import { idSchema, isoDateTimeSchema, refSchema, versionSchema } from './common'
import { richTextToPlainText } from './rich-text'
import { releaseStatusSchema, type ReleaseStatus } from './release-status'
import type { Role } from './users'

/**
 * The editorial workflow: every legal move, who may make it, and where it leads. The mock
 * backend enforces it; the API answers each release with the actions its caller may take
 * now (`allowedActions`), so the UI shows exactly those and never a button that answers 403.
 *
 * draft → in-review → (changes-requested → in-review …) → scheduled | published;
 * scheduled → published when its time comes; scheduled | published → withdrawn → draft;
 * in-review → draft when its author recalls it before a reviewer acts. A reviewer may correct the
 * content of a release in review (it stays in review); four eyes then holds for the content:
 * whoever changed it last may not approve it (decision 0016).
 */
export const transitionActions = ['submit', 'recall', 'approve', 'request-changes', 'withdraw', 'reopen'] as const
export type TransitionAction = (typeof transitionActions)[number]

/** What a person may do with a release now: the transitions, plus changing or deleting it. */
export const releaseActions = ['edit', 'delete', ...transitionActions] as const
export const releaseActionSchema = z.enum(releaseActions)
export type ReleaseAction = z.infer<typeof releaseActionSchema>

/** Who acts: the signed-in user (only id and role matter here). */
export type WorkflowActor = { id: string; role: Role }
/**
 * What the rules look at: a stored release (the API's Release carries `author.id` and
 * `contentEditedBy.id` instead). `contentEditedById` is who changed its content last; absent
 * on records written before it was kept, where that is its author.
 */
export type WorkflowSubject = { status: ReleaseStatus; authorId: string; contentEditedById?: string }
type Actor = WorkflowActor
type Subject = WorkflowSubject

type Rule = {
  from: readonly ReleaseStatus[]
  /** Who may, given the release: the reason they may not, or null. */
  who: (actor: Actor, release: Subject) => string | null
}

const isAuthor = (actor: Actor, release: Subject) => actor.id === release.authorId
const editorOwnOrAdmin = (verb: string) => (actor: Actor, release: Subject) =>
  actor.role === 'admin' || (actor.role === 'editor' && isAuthor(actor, release))
    ? null
    : `Only its author or an admin can ${verb} a release.`
const reviewerNotAuthor = (verb: string) => (actor: Actor, release: Subject) => {
  if (actor.role !== 'reviewer') return `Only reviewers can ${verb}.`
  return isAuthor(actor, release) ? `Nobody can ${verb} a release they wrote (four eyes).` : null
}
/** The author alone (an admin who wrote it too), never a reviewer: nobody takes back someone else's submission. */
const authorOnly = (verb: string) => (actor: Actor, release: Subject) =>
  actor.role !== 'reviewer' && isAuthor(actor, release) ? null : `Only its author can ${verb}.`
const adminOnly = (verb: string) => (actor: Actor) => (actor.role === 'admin' ? null : `Only admins can ${verb}.`)
/** In review, only a reviewer who did not write it corrects it: its author recalls it first. */
const reviewerCorrects = (actor: Actor, release: Subject) => {
  if (actor.role !== 'reviewer')
    return isAuthor(actor, release)
      ? 'It is in review: only a reviewer can change it now. Recall it from review to change it yourself.'
      : 'It is in review: only a reviewer can change it now.'
  return isAuthor(actor, release) ? 'Nobody can correct a release they wrote (four eyes).' : null
}
/** Who changed the content last: the author when nobody else has. */
const lastContentEditor = (release: Subject) => release.contentEditedById ?? release.authorId
const reviewerNotLastEditor = (actor: Actor, release: Subject) =>
  reviewerNotAuthor('approve')(actor, release) ??
  (actor.id === lastContentEditor(release)
    ? 'You changed its content last: another reviewer must approve it (four eyes).'
    : null)

export const workflowRules: Record<ReleaseAction, Rule> = {
  /**
   * Its author (or an admin) changes it in draft and changes requested; a reviewer corrects it in
   * review, where it stays; an admin may also change a scheduled release, which returns it to draft.
   */
  edit: {
    from: ['draft', 'changes-requested', 'in-review', 'scheduled'],
    who: (actor, release) =>
      release.status === 'scheduled'
        ? adminOnly('change a scheduled release')(actor)
        : release.status === 'in-review'
          ? reviewerCorrects(actor, release)
          : editorOwnOrAdmin('change')(actor, release),
  },
  delete: { from: ['draft'], who: editorOwnOrAdmin('delete') },
  submit: { from: ['draft', 'changes-requested'], who: editorOwnOrAdmin('submit') },
  /** Until a reviewer acts: once they approve or ask for changes, it is no longer in review. */
  recall: { from: ['in-review'], who: authorOnly('recall a release from review') },
  /** Four eyes on the content too: not its author, and not whoever changed it last. */
  approve: { from: ['in-review'], who: reviewerNotLastEditor },
  'request-changes': { from: ['in-review'], who: reviewerNotAuthor('request changes') },
  withdraw: { from: ['scheduled', 'published'], who: adminOnly('withdraw a release') },
  reopen: { from: ['withdrawn'], who: adminOnly('reopen a release') },
}

/** Why `actor` may not take `action` on `release` now, as the API words it, or null when they may. */
export function whyNot(
  action: ReleaseAction,
  actor: Actor,
  release: Subject,
): { status: 403 | 409; detail: string } | null {
  const rule = workflowRules[action]
  const forbidden = rule.who(actor, release)
  if (forbidden) return { status: 403, detail: forbidden }
  if (!rule.from.includes(release.status))
    return {
      status: 409,
      detail: `This release is ${release.status.replace('-', ' ')}: it cannot be ${pastTense[action]} now.`,
    }
  return null
}

const pastTense: Record<ReleaseAction, string> = {
  edit: 'changed',
  delete: 'deleted',
  submit: 'submitted for review',
  recall: 'recalled from review',
  approve: 'approved',
  'request-changes': 'sent back for changes',
  withdraw: 'withdrawn',
  reopen: 'reopened',
}

export const allowedActions = (actor: Actor, release: Subject): ReleaseAction[] =>
  releaseActions.filter((action) => whyNot(action, actor, release) === null)

/** Where a transition leads. Approval publishes now unless its publication time is still ahead. */
export function nextStatus(action: TransitionAction, options: { publishAt?: string | null; now: Date }): ReleaseStatus {
  switch (action) {
    case 'submit':
      return 'in-review'
    case 'recall':
      return 'draft'
    case 'approve':
      return options.publishAt && new Date(options.publishAt) > options.now ? 'scheduled' : 'published'
    case 'request-changes':
      return 'changes-requested'
    case 'withdraw':
      return 'withdrawn'
    case 'reopen':
      return 'draft'
  }
}

/** What a release must have before it goes to review. */
export type PublicationFields = {
  title: string
  dateline: { place: string; date: string }
  body: string
  sourceCount: number
}

/**
 * What keeps a release from being submitted, keyed by the field the form shows it on
 * (the same keys as a 422's `errors`); empty when it is publication-ready. The body
 * counts as empty when it has no text once its markup is stripped.
 */
export function publicationGaps(release: PublicationFields): Record<string, string> {
  const gaps: Record<string, string> = {}
  if (!release.title.trim()) gaps.title = 'Give the release a title'
  if (!release.dateline.place.trim()) gaps['dateline.place'] = 'Say where the release is from'
  if (!release.dateline.date.trim()) gaps['dateline.date'] = 'Give the dateline a date'
  if (!richTextToPlainText(release.body).trim()) gaps.body = 'Write the body before submitting'
  if (release.sourceCount < 1) gaps.sourceIds = 'Choose at least one source'
  return gaps
}

/** POST /releases/:id/transitions. A comment is required to request changes and to withdraw. */
export const transitionInputSchema = z
  .object({
    action: z.enum(transitionActions, { error: 'Unknown action' }),
    version: versionSchema,
    comment: z.string().trim().max(2000, 'Comment must be at most 2000 characters').optional(),
    /** Approve only: when to publish (UTC). None, or a time past, publishes now. */
    publishAt: isoDateTimeSchema.nullable().optional(),
  })
  .superRefine((input, context) => {
    if ((input.action === 'request-changes' || input.action === 'withdraw') && !input.comment) {
      context.addIssue({
        code: 'custom',
        path: ['comment'],
        message: input.action === 'withdraw' ? 'Give a reason for withdrawing' : 'Say what needs to change',
      })
    }
    if (input.publishAt && input.action !== 'approve') {
      context.addIssue({ code: 'custom', path: ['publishAt'], message: 'Only an approval takes a publication time' })
    }
    // The format takes any offset on years 0000–9999, so 9999-12-31T23:00:00-05:00 parses but
    // lies in the year 10000 in UTC, which a stored (UTC) time cannot hold.
    if (input.publishAt && new Date(input.publishAt).getUTCFullYear() > 9999) {
      context.addIssue({
        code: 'custom',
        path: ['publishAt'],
        message: 'Choose a publication time before the year 10000',
      })
    }
  })
  .meta({ id: 'TransitionInput' })
export type TransitionInput = z.input<typeof transitionInputSchema>

/**
 * One line of a release's history: every change of status, with who, when and why, and every
 * change of its field operations ('assigned': from and to are its unchanged status).
 */
export const historyKinds = [
  'created',
  ...transitionActions,
  'published',
  'returned-to-draft',
  'assigned',
  'edited-in-review',
] as const
export type HistoryKind = (typeof historyKinds)[number]

/** The words of a release a reader compares: its title, summary and body (HTML) at one moment. */
export const releaseContentSchema = z
  .object({ title: z.string(), summary: z.string(), body: z.string() })
  .meta({ id: 'ReleaseContent' })
export type ReleaseContent = z.infer<typeof releaseContentSchema>

export const historyEntrySchema = z
  .object({
    id: idSchema,
    kind: z.enum(historyKinds),
    /** Null for the 'created' entry. */
    from: releaseStatusSchema.nullable(),
    to: releaseStatusSchema,
    /** Null when the system did it (a scheduled release published on time). */
    actor: refSchema.nullable(),
    at: isoDateTimeSchema,
    comment: z.string().nullable(),
    publishAt: isoDateTimeSchema.nullable(),
    /**
     * The content as this entry left it: on 'request-changes' what the reviewer asked about (so
     * what changed since can be shown), on 'edited-in-review' the reviewer's corrected text.
     */
    content: releaseContentSchema.optional().meta({
      description:
        "The release's title, summary and body as this entry left them: on 'request-changes' the text the reviewer asked about; on 'edited-in-review' the text after the reviewer's correction. Absent on other kinds.",
    }),
    /** On 'edited-in-review': the content before the reviewer's correction. */
    contentBefore: releaseContentSchema.optional().meta({
      description: "On 'edited-in-review': the title, summary and body before the reviewer's correction.",
    }),
  })
  .meta({ id: 'HistoryEntry' })
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export const historySchema = z.object({ items: z.array(historyEntrySchema) }).meta({ id: 'History' })
export type History = z.infer<typeof historySchema>

/** The conversation about a release between its editors and reviewers. */
export const commentInputSchema = z
  .object({
    body: z.string().trim().min(1, 'Write a comment first').max(2000, 'Comment must be at most 2000 characters'),
  })
  .meta({ id: 'CommentInput' })
export const commentSchema = z
  .object({ id: idSchema, author: refSchema, body: z.string(), createdAt: isoDateTimeSchema })
  .meta({ id: 'Comment' })
export type Comment = z.infer<typeof commentSchema>
export type CommentInput = z.input<typeof commentInputSchema>
export const commentsSchema = z.object({ items: z.array(commentSchema) }).meta({ id: 'Comments' })

/** What reaches a person's inbox. */
export const notificationKinds = [
  'changes-requested',
  'approved',
  'published',
  'withdrawn',
  'awaiting-review',
  'commented',
  'edited-in-review',
] as const
export const notificationSchema = z
  .object({
    id: idSchema,
    kind: z.enum(notificationKinds),
    release: refSchema,
    actor: refSchema.nullable(),
    at: isoDateTimeSchema,
    comment: z.string().nullable(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' })
export type Notification = z.infer<typeof notificationSchema>
export type NotificationKind = (typeof notificationKinds)[number]
export const inboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  unread: z.enum(['true', 'false']).optional(),
})
export const inboxPageSchema = z
  .object({
    items: z.array(notificationSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    unread: z.number().int(),
  })
  .meta({ id: 'InboxPage' })
export type InboxQuery = z.input<typeof inboxQuerySchema>
export type InboxPage = z.infer<typeof inboxPageSchema>
export const markReadInputSchema = z
  .object({ ids: z.array(idSchema).max(500).optional(), all: z.boolean().optional() })
  .refine((input) => input.all === true || (input.ids?.length ?? 0) > 0, {
    path: ['ids'],
    message: 'Name the notifications to mark, or all',
  })
  .meta({ id: 'MarkReadInput' })
export type MarkReadInput = z.input<typeof markReadInputSchema>
