import type { TransitionAction } from '../../api/contract'

type Copy = {
  /** The button on the release page, and the dialog's confirm button. */
  button: string
  title: string
  description: string
  /** The comment field: required for some actions (the contract says which). */
  commentLabel: string
  commentRequired: boolean
  /** Said once it is done. */
  done: string
  /** Said when it did not go through. */
  failed: string
  /** A reviewer's decision: the dialog's second button, which then opens the next release waiting in the queue. */
  nextButton?: string
}

/** What each transition is called where a person sees it. */
export const transitionCopy: Record<TransitionAction, Copy> = {
  submit: {
    button: 'Submit for review',
    title: 'Submit for review',
    description: 'The reviewers are told it awaits them. You cannot change it while it is in review.',
    commentLabel: 'Note for the reviewers (optional)',
    commentRequired: false,
    done: 'Submitted for review.',
    failed: 'Not submitted',
  },
  recall: {
    button: 'Recall from review',
    title: 'Recall from review',
    description:
      'It becomes a draft again, so you can change it before a reviewer reads it. Submit it again when it is ready.',
    commentLabel: 'Note (optional)',
    commentRequired: false,
    done: 'Recalled: it is a draft again.',
    failed: 'Not recalled',
  },
  approve: {
    button: 'Approve',
    title: 'Approve for publication',
    description: 'Publish it now, or schedule it for a time of your choosing.',
    commentLabel: 'Comment (optional)',
    commentRequired: false,
    done: 'Approved.',
    failed: 'Not approved',
    nextButton: 'Approve and next',
  },
  'request-changes': {
    button: 'Request changes',
    title: 'Request changes',
    description: 'It goes back to its author with your comment.',
    commentLabel: 'What needs to change',
    commentRequired: true,
    done: 'Changes requested.',
    failed: 'Changes not requested',
    nextButton: 'Request changes and next',
  },
  withdraw: {
    button: 'Withdraw',
    title: 'Withdraw this release',
    description: 'It leaves the public site (or its schedule). Its author is told why.',
    commentLabel: 'Reason for withdrawing',
    commentRequired: true,
    done: 'Withdrawn.',
    failed: 'Not withdrawn',
  },
  unschedule: {
    button: 'Return to draft',
    title: 'Return to draft',
    // The dialog adds when it was to be published.
    description:
      'Returning it to draft cancels its publication and its approval: it becomes a draft you can change, and it needs a new review before it is published. Its author is told.',
    commentLabel: 'Reason (optional)',
    commentRequired: false,
    done: 'Returned to draft: its publication is cancelled. It needs a new review.',
    failed: 'Not returned to draft',
  },
  // On the stale-translation panel (release-languages), which has its own dialog; here for completeness.
  'confirm-translation': {
    button: 'Confirm still correct',
    title: 'Confirm the translation is still correct',
    description:
      'It then counts as following the original as it is now: its text, status and approval stay, with no new review.',
    commentLabel: 'Note for its translator (optional)',
    commentRequired: false,
    done: 'Confirmed: the translation follows the original as it is now.',
    failed: 'Not confirmed',
  },
  reopen: {
    button: 'Reopen',
    title: 'Reopen as a draft',
    description: 'It becomes a draft again, to be revised and submitted for review.',
    commentLabel: 'Comment (optional)',
    commentRequired: false,
    done: 'Reopened as a draft.',
    failed: 'Not reopened',
  },
}
