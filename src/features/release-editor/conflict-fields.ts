import { htmlToParagraphs } from '../../components/text-diff'
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

/** The fields written as text: compared word by word, paragraph by paragraph. */
const textFields = ['title', 'summary', 'body'] as const
export type TextFieldName = (typeof textFields)[number]
export const isTextField = (name: FormFieldName): name is TextFieldName =>
  (textFields as readonly string[]).includes(name)

/** A text field as the paragraphs a reader sees (the body's HTML read as its paragraphs). */
export const paragraphsOf = (values: ReleaseFormValues, name: TextFieldName): string | string[] =>
  name === 'body' ? htmlToParagraphs(values.body) : values[name]

/** A field's value in the form, by its name there ("dateline.place" included). */
export const valueOf = get

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
