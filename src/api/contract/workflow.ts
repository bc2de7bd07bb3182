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
 * scheduled → published when its time comes; scheduled → draft when an admin returns it to draft
 * (unschedule: its approval and publication time are gone, it needs a new review);
 * scheduled | published → withdrawn → draft;
 * in-review → draft when its author recalls it before a reviewer acts. A reviewer may correct the
 * content of a release in review (it stays in review); four eyes then holds for the content:
 * whoever changed it last may not approve it (decision 0016). Nobody changes a scheduled
 * release: what was approved is what is published.
 *
 * A translation whose original's words changed since it was made is stale (decision 0020): it is not
 * approved until its translator brings it up to date, or until a reviewer confirms it still says
 * what the original now says (confirm-translation: it keeps its status, its approval stands, and the
 * history records who confirmed it against which revision of the original).
 */
export const transitionActions = [
  'submit',
  'recall',
  'approve',
  'request-changes',
  'withdraw',
  'unschedule',
  'reopen',
  'confirm-translation',
] as const
export type TransitionAction = (typeof transitionActions)[number]

/** What a person may do with a release now: the transitions, plus changing or deleting it. */
export const releaseActions = ['edit', 'delete', ...transitionActions] as const
export const releaseActionSchema = z.enum(releaseActions).meta({
  id: 'ReleaseAction',
  description:
    "Something the caller may do with a release now: 'edit' (PATCH), 'delete' (DELETE, a draft only) or a transition (POST /releases/{id}/transitions with this action). A release's `allowedActions` lists exactly the ones the API would accept from the signed-in caller at its current status and version; any other answers 403 (not theirs to take) or 409 (not in this status). It is the caller's, not the release's: each person sees their own.",
})
export type ReleaseAction = z.infer<typeof releaseActionSchema>

/** Who acts: the signed-in user (only id and role matter here). */
export type WorkflowActor = { id: string; role: Role }
/**
 * What the rules look at: a stored release (the API's Release carries `author.id` and
 * `contentEditedBy.id` instead). `contentEditedById` is who changed its content last; absent
 * on records written before it was kept, where that is its author.
 */
export type WorkflowSubject = {
  status: ReleaseStatus
  authorId: string
  contentEditedById?: string
  /** A translation whose original changed since it was made or last brought up to date (decision 0020). */
  stale?: boolean
  /** Its original, on a translation; null or absent on an original. */
  originalId?: string | null
}
type Actor = WorkflowActor
type Subject = WorkflowSubject

type Rule = {
  from: readonly ReleaseStatus[]
  /** Who may, given the release: the reason they may not, or null. */
  who: (actor: Actor, release: Subject) => string | null
  /** Who may, in words, for the API document and the permission matrix. */
  whoMay: string
  /**
   * What a 409 says in a status the action does not start from, where the general sentence would
   * leave the caller guessing how to go on (an edit of a scheduled release: unschedule first).
   */
  notFrom?: Partial<Record<ReleaseStatus, (actor: Actor) => string>>
  /** A 409 for a state of the release other than its status (a stale translation), or null. */
  blockedWhen?: (release: Subject) => string | null
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

/**
 * A reviewer's judgement that a stale translation still says what its original says: four eyes as
 * on an approval (not its author, not whoever changed its words last). Admins do not confirm, as
 * they do not approve.
 */
const reviewerConfirms = (actor: Actor, release: Subject) => {
  if (actor.role !== 'reviewer') return 'Only reviewers can confirm that a translation is still correct.'
  if (isAuthor(actor, release)) return 'Nobody can confirm a translation they wrote (four eyes).'
  return actor.id === lastContentEditor(release)
    ? 'You changed its words last: another reviewer must confirm it (four eyes).'
    : null
}
const confirmBlocked = (release: Subject): string | null => {
  if (!release.originalId) return 'This is an original: only a translation is confirmed against its original.'
  return release.stale ? null : 'This translation follows its original as it is now: there is nothing to confirm.'
}

/** Why a stale translation is not approved: what it was translated from is no longer what the original says. */
export const staleTranslationDetail =
  'The original changed since this translation was made: its translator brings it up to date first, then it is reviewed again, or a reviewer confirms it is still correct.'

export const workflowRules: Record<ReleaseAction, Rule> = {
  /**
   * Its author (or an admin) changes it in draft and changes requested; a reviewer corrects it in
   * review, where it stays. Nobody changes a scheduled release: an admin returns it to draft first
   * (unschedule), and it then needs a new review.
   */
  edit: {
    from: ['draft', 'changes-requested', 'in-review'],
    who: (actor, release) =>
      release.status === 'in-review' ? reviewerCorrects(actor, release) : editorOwnOrAdmin('change')(actor, release),
    whoMay:
      'in draft or changes requested, its author or an admin; in review, a reviewer who did not write it (it stays in review)',
    notFrom: {
      scheduled: (actor) =>
        actor.role === 'admin'
          ? 'It is scheduled for publication: return it to draft (unschedule) to change it; it then needs a new review.'
          : 'It is scheduled for publication: only an admin can return it to draft to change it.',
    },
  },
  delete: { from: ['draft'], who: editorOwnOrAdmin('delete'), whoMay: 'its author or an admin' },
  submit: { from: ['draft', 'changes-requested'], who: editorOwnOrAdmin('submit'), whoMay: 'its author or an admin' },
  /** Until a reviewer acts: once they approve or ask for changes, it is no longer in review. */
  recall: {
    from: ['in-review'],
    who: authorOnly('recall a release from review'),
    whoMay: 'its author (an editor, or an admin who wrote it), until a reviewer acts',
  },
  /** Four eyes on the content too: not its author, and not whoever changed it last. */
  approve: {
    from: ['in-review'],
    who: reviewerNotLastEditor,
    whoMay: 'a reviewer who neither wrote it nor changed its content last (four eyes)',
    blockedWhen: (release) => (release.stale ? staleTranslationDetail : null),
  },
  'request-changes': {
    from: ['in-review'],
    who: reviewerNotAuthor('request changes'),
    whoMay: 'a reviewer who did not write it',
  },
  withdraw: { from: ['scheduled', 'published'], who: adminOnly('withdraw a release'), whoMay: 'an admin' },
  /** Takes its approval and publication time away: what comes back to review is what gets approved. */
  unschedule: {
    from: ['scheduled'],
    who: adminOnly('return a scheduled release to draft'),
    whoMay: 'an admin',
  },
  reopen: { from: ['withdrawn'], who: adminOnly('reopen a release'), whoMay: 'an admin' },
  /**
   * Where a translation's approval matters (in review, scheduled, published): a reviewer says it
   * still holds for the original's words now. A draft is brought up to date by its translator.
   */
  'confirm-translation': {
    from: ['in-review', 'scheduled', 'published'],
    who: reviewerConfirms,
    whoMay: 'a reviewer who neither wrote the translation nor changed its words last (four eyes)',
    notFrom: {
      draft: () => 'It is a draft: its translator brings it up to date with the original, then it is reviewed again.',
      'changes-requested': () =>
        'Changes were requested: its translator brings it up to date with the original, then it is reviewed again.',
    },
    blockedWhen: confirmBlocked,
  },
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
      detail:
        rule.notFrom?.[release.status]?.(actor) ??
        `This release is ${release.status.replace('-', ' ')}: it cannot be ${pastTense[action]} now.`,
    }
  const blocked = rule.blockedWhen?.(release)
  return blocked ? { status: 409, detail: blocked } : null
}

const pastTense: Record<ReleaseAction, string> = {
  edit: 'changed',
  delete: 'deleted',
  submit: 'submitted for review',
  recall: 'recalled from review',
  approve: 'approved',
  'request-changes': 'sent back for changes',
  withdraw: 'withdrawn',
  unschedule: 'returned to draft',
  reopen: 'reopened',
  'confirm-translation': 'confirmed as still correct',
}

export const allowedActions = (actor: Actor, release: Subject): ReleaseAction[] =>
  releaseActions.filter((action) => whyNot(action, actor, release) === null)

/** Where a transition leads. Approval publishes now unless its publication time is still ahead. */
export function nextStatus(
  action: TransitionAction,
  options: { publishAt?: string | null; now: Date; from?: ReleaseStatus },
): ReleaseStatus {
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
    case 'unschedule':
      return 'draft'
    case 'reopen':
      return 'draft'
    // A confirmation changes no status: what was approved stays approved.
    case 'confirm-translation':
      return options.from ?? 'published'
  }
}

/** One row of the workflow as the API document prints it. */
export type WorkflowStep = {
  action: ReleaseAction
  /** The statuses it starts from; any other answers 409 with `currentStatus`. */
  from: readonly ReleaseStatus[]
  /** Where it leads, in words: a status, or what happens instead. */
  to: string
  /** Who may (any other caller gets 403), in words. */
  who: string
  /** What else it does, in one or two sentences. */
  effect: string
}

const effects: Record<ReleaseAction, string> = {
  edit: 'PATCH /releases/{id}. Whoever changes the content becomes its last content editor, who may not approve it (four eyes). A reviewer’s correction is recorded in the history (edited-in-review) with the text before and after, and its author is notified. What was approved is what is published: a scheduled release is not changed (409: an admin unschedules it first, and it needs a new review), nor a published or withdrawn one.',
  delete: 'DELETE /releases/{id}. Its history, comments and notifications are kept.',
  submit:
    'It must be ready for publication (title, dateline place and date, a body with text, a source), or 422 names what is missing. Every reviewer but its author is notified.',
  recall: 'It becomes a draft again, to be changed and submitted anew.',
  approve:
    'With `publishAt` ahead it is scheduled and published at that time by the system; without, or with a time past, it is published now. Its author is notified. A stale translation (`stale`: its original’s words changed since it was made) answers 409 until its translator brings it up to date, or a reviewer confirms it still correct (confirm-translation; decision 0020).',
  'request-changes': 'Requires a comment, which its author is notified with.',
  withdraw: 'Requires a comment (the reason), which its author is notified with. A scheduled release is not published.',
  unschedule:
    'Cancels its publication time and its approval: it needs a new review before it is published. The history records it (unschedule) with the cancelled time as `publishAt` and the optional comment as the reason; its author is notified. This is the only way to change a scheduled release: PATCH answers 409. The system does it too, by nobody (`actor` null), to a scheduled translation when its original’s title, summary or body changes.',
  reopen: 'Its publication and schedule times are cleared; it is revised and submitted for review like any draft.',
  'confirm-translation':
    'Only on a stale translation (`stale`), else 409 (an original, or a translation that follows its original). The reviewer says it still says what its original says now: `basedOn` moves to the original’s current revision (`originalRevision`, which must be the original’s `contentRevision` now, else 409 with `originalRevision`), its words, status, schedule and approval stay as they are, and no new review is needed. The history records it (confirm-translation, with `originalRevision`); its author is notified (translation-confirmed).',
}

const destination = (action: ReleaseAction): string => {
  if (action === 'edit') return 'the same status'
  if (action === 'delete') return 'deleted'
  if (action === 'approve') return 'published, or scheduled when `publishAt` is ahead'
  if (action === 'confirm-translation') return 'the same status'
  return nextStatus(action, { now: new Date(0) })
}

/**
 * The workflow as a table, from the rules above (never written twice): for each action, from
 * which statuses, to which, and who may. The API document prints it.
 */
export const workflowSteps = (): WorkflowStep[] =>
  releaseActions.map((action) => ({
    action,
    from: workflowRules[action].from,
    to: destination(action),
    who: workflowRules[action].whoMay,
    effect: effects[action],
  }))

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

const commentMax = (schema: z.ZodString) => schema.max(2000, 'Comment must be at most 2000 characters')
/** A comment a step requires: present, and not blank once trimmed (the JSON Schema says so with its pattern). */
const requiredComment = (message: string, description: string) =>
  commentMax(z.string({ error: message }).trim().regex(/\S/, message)).meta({ description })
const optionalComment = (description: string) => commentMax(z.string().trim()).optional().meta({ description })
const decidedVersion = versionSchema.meta({
  description:
    'The version of the release the caller saw and decided on: when it has changed since, the API answers 409 with `currentVersion` and does nothing.',
})
/** Only an approval takes a publication time: on any other step `publishAt` is left out (or null). */
const noPublishAt = z
  .null({ error: 'Only an approval takes a publication time' })
  .optional()
  .meta({ description: 'Only an approval takes a publication time: leave it out.' })

const step = <A extends TransitionAction, S extends z.ZodRawShape>(action: A, shape: S, description: string) =>
  z
    .object({ action: z.literal(action), version: decidedVersion, ...shape })
    .meta({ id: `TransitionInput${pascal(action)}`, title: pascal(action), description })
/** A step's description: what it is, who may (any other caller gets 403), from where, and what else it does. */
const described = (action: TransitionAction, what: string) =>
  `${what} Who may: ${workflowRules[action].whoMay}. From: ${workflowRules[action].from.join(', ')} (else 409). ${effects[action]}`
const pascal = (action: string) => action.replace(/(^|-)(\w)/g, (_, __: string, letter: string) => letter.toUpperCase())

/**
 * POST /releases/:id/transitions: one body per action, told apart by `action`. A comment is
 * required to request changes and to withdraw; only an approval takes a publication time.
 */
export const transitionInputSchema = z
  .discriminatedUnion(
    'action',
    [
      step(
        'submit',
        { comment: optionalComment('A note for the reviewers.'), publishAt: noPublishAt },
        described('submit', 'Submit a draft, or a release sent back for changes, for review.'),
      ),
      step(
        'recall',
        { comment: optionalComment('Why it is taken back.'), publishAt: noPublishAt },
        described('recall', 'Take it back from review before a reviewer acts.'),
      ),
      step(
        'approve',
        {
          comment: optionalComment('A note for its author.'),
          publishAt: isoDateTimeSchema
            // The format takes any offset on years 0000–9999, so 9999-12-31T23:00:00-05:00 parses but
            // lies in the year 10000 in UTC, which a stored (UTC) time cannot hold.
            .refine((at) => new Date(at).getUTCFullYear() <= 9999, 'Choose a publication time before the year 10000')
            .nullable()
            .optional()
            .meta({
              description:
                'When to publish it. A time ahead schedules it (status scheduled); none, or a time past, publishes it now.',
            }),
        },
        described('approve', 'Approve it for publication.'),
      ),
      step(
        'request-changes',
        {
          comment: requiredComment('Say what needs to change', 'What needs to change; its author is told.'),
          publishAt: noPublishAt,
        },
        described('request-changes', 'Send it back to its author for changes.'),
      ),
      step(
        'withdraw',
        {
          comment: requiredComment('Give a reason for withdrawing', 'Why it is withdrawn; its author is told.'),
          publishAt: noPublishAt,
        },
        described('withdraw', 'Take a scheduled or published release off the schedule or the public site.'),
      ),
      step(
        'unschedule',
        { comment: optionalComment('Why it is returned to draft; its author is told.'), publishAt: noPublishAt },
        described('unschedule', 'Return a scheduled release to draft, to change it.'),
      ),
      step(
        'reopen',
        { comment: optionalComment('A note with the step.'), publishAt: noPublishAt },
        described('reopen', 'Reopen a withdrawn release as a draft.'),
      ),
      step(
        'confirm-translation',
        {
          originalRevision: z.number({ error: 'Say which revision of the original you compared' }).int().min(0).meta({
            description:
              'The original’s `contentRevision` the reviewer compared the translation with: when the original has changed again since, the API answers 409 with `originalRevision` and does nothing.',
          }),
          comment: optionalComment(
            'Why it still holds (a typo fixed in the original, a change that does not touch this language); its author is told.',
          ),
          publishAt: noPublishAt,
        },
        described(
          'confirm-translation',
          'Confirm that a stale translation is still correct for its original as it is now.',
        ),
      ),
    ],
    { error: 'Unknown action' },
  )
  .meta({
    id: 'TransitionInput',
    description:
      'One step of the workflow, told apart by `action`; each has its own body. Every step names the `version` it was decided on.',
  })
export type TransitionInput = z.input<typeof transitionInputSchema>

/**
 * One line of a release's history: every change of status, with who, when and why, and every
 * change of its field operations ('assigned': from and to are its unchanged status).
 */
export const historyKinds = ['created', ...transitionActions, 'published', 'assigned', 'edited-in-review'] as const
export type HistoryKind = (typeof historyKinds)[number]

/** The words of a release a reader compares: its title, summary and body (HTML) at one moment. */
export const releaseContentSchema = z
  .object({ title: z.string(), summary: z.string(), body: z.string() })
  .meta({ id: 'ReleaseContent' })
export type ReleaseContent = z.infer<typeof releaseContentSchema>

export const historyEntrySchema = z
  .object({
    id: idSchema,
    kind: z.enum(historyKinds).meta({
      description:
        "What happened: 'created'; a transition, named by its action (submit, recall, approve, request-changes, withdraw, unschedule, reopen, confirm-translation: a reviewer confirmed a stale translation still correct, its status unchanged); 'published' when a scheduled release's time came (by the system); 'assigned' when its field operations changed (its status stays: from and to are the same); 'edited-in-review' when a reviewer corrected its content in review (it stays in review).",
    }),
    /** Null for the 'created' entry. */
    from: releaseStatusSchema.nullable().meta({ description: "The status before; null on 'created'." }),
    to: releaseStatusSchema.meta({ description: 'The status after.' }),
    /** Null when the system did it (a scheduled release published on time). */
    actor: refSchema.nullable().meta({
      description: "Who did it; null when the system did (a scheduled release published on time, 'published').",
    }),
    at: isoDateTimeSchema,
    comment: z.string().nullable().meta({
      description:
        "What the person wrote with the step (a review request, a reason for withdrawing or unscheduling, a note); on 'assigned', the field operations before and after in words. Null when none.",
    }),
    publishAt: isoDateTimeSchema.nullable().meta({
      description:
        "On 'approve' with a time ahead, and on 'published': the publication time. On 'unschedule': the publication time it cancelled. Null otherwise.",
    }),
    /**
     * The content as this entry left it: on 'request-changes' what the reviewer asked about (so
     * what changed since can be shown), on 'edited-in-review' the reviewer's corrected text.
     */
    content: releaseContentSchema.optional().meta({
      description:
        "The release's title, summary and body as this entry left them: on 'request-changes' the text the reviewer asked about; on 'edited-in-review' the text after the reviewer's correction. Absent on other kinds.",
    }),
    /** On 'confirm-translation': the original's revision the translation was confirmed against. */
    originalRevision: z.number().int().min(0).optional().meta({
      description:
        "On 'confirm-translation': the original's `contentRevision` the reviewer confirmed the translation against. Absent on other kinds.",
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
    body: z
      .string()
      .trim()
      .regex(/\S/, 'Write a comment first')
      .max(2000, 'Comment must be at most 2000 characters')
      .meta({
        description:
          'Plain text (never HTML), trimmed; not blank. Its author and every reviewer who approved it or asked for changes are notified, never the commenter.',
      }),
  })
  .meta({ id: 'CommentInput' })
export const commentSchema = z
  .object({
    id: idSchema,
    author: refSchema.meta({ description: 'Who wrote it.' }),
    body: z.string().meta({ description: 'Plain text as written (trimmed): show it as text, never as HTML.' }),
    createdAt: isoDateTimeSchema,
  })
  .meta({
    id: 'Comment',
    description:
      'A message in the conversation about a release, beside its history. Anyone signed in may comment on any release; comments are never changed or deleted.',
  })
export type Comment = z.infer<typeof commentSchema>
export type CommentInput = z.input<typeof commentInputSchema>
export const commentsSchema = z.object({ items: z.array(commentSchema) }).meta({ id: 'Comments' })

/** What reaches a person's inbox. */
export const notificationKinds = [
  'changes-requested',
  'approved',
  'published',
  'withdrawn',
  'unscheduled',
  'awaiting-review',
  'commented',
  'edited-in-review',
  'translation-confirmed',
] as const
export const notificationSchema = z
  .object({
    id: idSchema,
    kind: z.enum(notificationKinds).meta({
      description:
        "Why it came: to a release's author, 'changes-requested', 'approved' (scheduled for later), 'published', 'withdrawn', 'unscheduled' (returned to draft by an admin: it needs a new review), 'edited-in-review' (a reviewer corrected it) and 'translation-confirmed' (a reviewer confirmed a stale translation still correct); to every reviewer but its author, 'awaiting-review' (submitted); 'commented' to its author and every reviewer who approved it or asked for changes. Nobody is notified of what they did themselves.",
    }),
    release: refSchema
      .extend({
        language: z.string().nullable().meta({
          description:
            "The code of the release's language (GET /languages), so that a notification about one language version says which; null when the release was deleted.",
        }),
        languageVersions: z.number().int().min(0).meta({
          description:
            'How many language versions its family has now, this one included (1: no translations; 0 when it was deleted). Above 1, the language tells the versions apart.',
        }),
      })
      .meta({ id: 'NotificationRelease', description: 'The release it is about, and which language version.' }),
    actor: refSchema
      .nullable()
      .meta({ description: 'Who did it; null when the system did (a scheduled release published on time).' }),
    at: isoDateTimeSchema,
    comment: z
      .string()
      .nullable()
      .meta({ description: 'What they wrote with it (the review request, the reason, the comment); null when none.' }),
    read: z.boolean().meta({ description: 'Whether its recipient has marked it read (POST /inbox/read).' }),
  })
  .meta({
    id: 'Notification',
    description: "One line of the caller's inbox: something that happened to a release that concerns them.",
  })
export type Notification = z.infer<typeof notificationSchema>
export type NotificationKind = (typeof notificationKinds)[number]
export const inboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1).meta({ description: 'Which page, from 1 (see Paging).' }),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).meta({ description: 'Items per page, at most 100.' }),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: '"true": only the unread ones; "false": only the read ones; left out: all.' }),
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
  .meta({
    id: 'MarkReadInput',
    description:
      'The notifications to mark as read: at least one id, or `all: true` (else 422 "Name the notifications to mark, or all" on `ids`).',
    anyOf: [
      { required: ['all'], properties: { all: { type: 'boolean', const: true } } },
      { required: ['ids'], properties: { ids: { type: 'array', items: { type: 'string' }, minItems: 1 } } },
    ],
  })
export type MarkReadInput = z.input<typeof markReadInputSchema>
