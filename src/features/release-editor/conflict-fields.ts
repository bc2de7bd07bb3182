import { formatDate } from '../../lib/format'
import { releaseTypeLabels } from '../../lib/release-type-label'
import { bodyAsText, type FormFieldName, formFields, type ReleaseFormValues, sameValue } from './form-values'
import type { ReferenceOptions } from './reference-options'

export type Choice = 'mine' | 'theirs'

const get = (values: ReleaseFormValues, name: FormFieldName): unknown =>
  name === 'dateline.place' ? values.dateline.place : name === 'dateline.date' ? values.dateline.date : values[name]

/** The fields that differ between my values and theirs, in form order. */
export const differingFields = (mine: ReleaseFormValues, theirs: ReleaseFormValues): FormFieldName[] =>
  formFields.map((field) => field.name).filter((name) => !sameValue(get(mine, name), get(theirs, name)))

/** Mine where I changed the field, theirs otherwise. */
export const defaultChoice = (name: FormFieldName, myChanges: string[]): Choice =>
  myChanges.includes(name.split('.')[0]!) ? 'mine' : 'theirs'

/** Their values with mine where chosen. */
export function mergeValues(
  mine: ReleaseFormValues,
  theirs: ReleaseFormValues,
  choices: Partial<Record<FormFieldName, Choice>>,
): ReleaseFormValues {
  const merged: ReleaseFormValues = structuredClone(theirs)
  for (const [name, choice] of Object.entries(choices) as [FormFieldName, Choice][]) {
    if (choice !== 'mine') continue
    if (name === 'dateline.place') merged.dateline.place = mine.dateline.place
    else if (name === 'dateline.date') merged.dateline.date = mine.dateline.date
    else Object.assign(merged, { [name]: mine[name] })
  }
  return merged
}

/** A field's value as a person reads it: names rather than ids, the body as text. */
export function displayValue(values: ReleaseFormValues, name: FormFieldName, options: ReferenceOptions): string {
  const names = (ids: string[], list: { value: string; label: string }[]) =>
    ids.map((id) => list.find((option) => option.value === id)?.label ?? id).join(', ') || '—'
  switch (name) {
    case 'type':
      return releaseTypeLabels[values.type]
    case 'dateline.date':
      return values.dateline.date ? formatDate(values.dateline.date) : '—'
    case 'dateline.place':
      return values.dateline.place || '—'
    case 'body':
      return bodyAsText(values.body) || '—'
    case 'sourceIds':
      return names(values.sourceIds, options.sources)
    case 'fieldOfWorkIds':
      return names(values.fieldOfWorkIds, options.fieldsOfWork)
    case 'stateIds':
      return names(
        values.stateIds,
        options.states.flatMap((group) => group.items),
      )
    default:
      return values[name] || '—'
  }
}
