import type { z } from 'zod'
import type { Release, ReleaseInput, ReleasePatch, releaseInputSchema } from '../../api/contract'

/** What the form holds: every field of the contract's input, none left out. */
export type ReleaseFormValues = Required<ReleaseInput>
/** What the form hands over once the contract has parsed it (trimmed, defaults filled). */
export type ReleaseFormOutput = z.output<typeof releaseInputSchema>

export const editableKeys = [
  'type',
  'title',
  'language',
  'dateline',
  'summary',
  'body',
  'sourceIds',
  'fieldOfWorkIds',
  'stateIds',
] as const
export type EditableKey = (typeof editableKeys)[number]

/** The fields a person sees, in the order of the form: their names in react-hook-form and their labels. */
export const formFields = [
  { name: 'type', label: 'Type' },
  { name: 'title', label: 'Title' },
  { name: 'dateline.place', label: 'Place' },
  { name: 'dateline.date', label: 'Date' },
  { name: 'summary', label: 'Summary' },
  { name: 'body', label: 'Body' },
  { name: 'sourceIds', label: 'Sources' },
  { name: 'fieldOfWorkIds', label: 'Fields of work' },
  { name: 'stateIds', label: 'Participating States' },
] as const
export type FormFieldName = (typeof formFields)[number]['name']

export const isFormFieldName = (name: string): name is FormFieldName => formFields.some((field) => field.name === name)

/** The top-level key a field name belongs to ("dateline.place" → "dateline"). */
export const keyOfField = (name: FormFieldName): EditableKey => name.split('.')[0] as EditableKey

export const fieldLabel = (name: FormFieldName): string => formFields.find((field) => field.name === name)!.label

const today = () => new Date().toISOString().slice(0, 10)

export function emptyFormValues(): ReleaseFormValues {
  return {
    type: 'press-release',
    title: '',
    language: 'en',
    dateline: { place: '', date: today() },
    summary: '',
    body: '',
    sourceIds: [],
    fieldOfWorkIds: [],
    stateIds: [],
  }
}

export function toFormValues(release: Release): ReleaseFormValues {
  return {
    type: release.type,
    title: release.title,
    language: release.language,
    dateline: { place: release.dateline.place, date: release.dateline.date },
    summary: release.summary,
    body: release.body,
    sourceIds: release.sources.map((ref) => ref.id),
    fieldOfWorkIds: release.fieldsOfWork.map((ref) => ref.id),
    stateIds: release.states.map((ref) => ref.id),
  }
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The keys whose value differs between two sets of values. */
export const changedKeys = (values: ReleaseFormValues, base: ReleaseFormValues): EditableKey[] =>
  editableKeys.filter((key) => !sameValue(values[key], base[key]))

/** A patch naming only what differs from the version it was based on. */
export function toPatch(values: ReleaseFormOutput, base: ReleaseFormValues, version: number): ReleasePatch {
  const patch: ReleasePatch = { version }
  for (const key of changedKeys(values, base)) Object.assign(patch, { [key]: values[key] })
  return patch
}

/** Body HTML as plain text, to compare versions side by side. */
export function bodyAsText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html')
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim()
}
