import type { FieldErrors, Resolver } from 'react-hook-form'
import { type TransitionAction, type TransitionInput, transitionInputSchema } from '../../api/contract'
import { localToUtcIso } from './publish-time'

export type TransitionFormValues = {
  comment: string
  /** Approve only: publish at once, or at `publishAt`. */
  when: 'now' | 'schedule'
  /** DateTimePicker's value: wall-clock time in the person's time zone. */
  publishAt: string | null
}

export const emptyTransitionForm: TransitionFormValues = { comment: '', when: 'now', publishAt: null }

/** What the form would send, before the contract checks it (each action's body has its own rules). */
export type TransitionBody = { action: TransitionAction; version: number; comment?: string; publishAt?: string }

/** What the form sends: the contract's input, with the version the person saw. */
export function toTransitionInput(
  action: TransitionAction,
  version: number,
  values: TransitionFormValues,
): TransitionBody {
  const comment = values.comment.trim()
  const scheduled = action === 'approve' && values.when === 'schedule' && values.publishAt
  return {
    action,
    version,
    ...(comment ? { comment } : {}),
    ...(scheduled ? { publishAt: localToUtcIso(scheduled) } : {}),
  }
}

const formFields = ['comment', 'publishAt'] as const
export type TransitionFormField = (typeof formFields)[number]
export const isTransitionFormField = (path: string): path is TransitionFormField =>
  formFields.some((field) => field === path)

/**
 * Validates with the contract's transitionInputSchema (the server checks the same), plus
 * what only a form can say: "Schedule" needs a time, and a time still ahead.
 */
export function transitionResolver(
  action: TransitionAction,
  current: () => { version: number; now: Date },
): Resolver<TransitionFormValues, unknown, TransitionInput> {
  return (values) => {
    const { version, now } = current()
    const errors: FieldErrors<TransitionFormValues> = {}
    const input = toTransitionInput(action, version, values)
    const parsed = transitionInputSchema.safeParse(input)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.')
        if (isTransitionFormField(path)) errors[path] ??= { type: 'contract', message: issue.message }
      }
    }
    if (action === 'approve' && values.when === 'schedule') {
      if (!values.publishAt) errors.publishAt = { type: 'required', message: 'Choose a publication time' }
      else if (new Date(localToUtcIso(values.publishAt)) <= now)
        errors.publishAt = { type: 'future', message: 'Choose a time in the future, or publish now' }
    }
    // What is sent is the body the contract checked, typed as its action's.
    return Object.keys(errors).length > 0 || !parsed.success
      ? { values: {}, errors }
      : { values: parsed.data, errors: {} }
  }
}
