import type { Path } from 'react-hook-form'
import { z } from 'zod'
import {
  idSchema,
  type Release,
  type ReleaseInput,
  type ReleasePatch,
  type releaseInputSchema,
  releaseTypeSchema,
} from '../../api/contract'

/** What the form holds: every field of the contract's input, none left out. */
export type ReleaseFormValues = Required<ReleaseInput>
/** What the form hands over once the contract has parsed it (trimmed, defaults filled). */
export type ReleaseFormOutput = z.output<typeof releaseInputSchema>

export type EditableKey = keyof ReleaseInput

type EditorField<K extends EditableKey> = {
  /** What a new release starts with. */
  empty: () => ReleaseFormValues[K]
  /** What a saved release holds. */
  fromRelease: (release: Release) => ReleaseFormValues[K]
  /** How a copy kept in this browser is read back: the type without the input's rules (it was kept mid-typing). */
  held: z.ZodType<ReleaseFormValues[K]>
  /** The inputs a person sees, in the order of the form: their names in react-hook-form and their labels. */
  inputs: readonly { name: Path<ReleaseFormValues>; label: string }[]
}

const today = () => new Date().toISOString().slice(0, 10)
const ids = z.array(idSchema)

/** The editor's fields, one entry for each field of the contract's input, in the order of the form. */
const editorFields = {
  type: {
    empty: () => 'press-release',
    fromRelease: (release) => release.type,
    held: releaseTypeSchema,
    inputs: [{ name: 'type', label: 'Type' }],
  },
  title: {
    empty: () => '',
    fromRelease: (release) => release.title,
    held: z.string(),
    inputs: [{ name: 'title', label: 'Title' }],
  },
  language: { empty: () => 'en', fromRelease: (release) => release.language, held: z.string(), inputs: [] },
  dateline: {
    empty: () => ({ place: '', date: today() }),
    fromRelease: (release) => ({ place: release.dateline.place, date: release.dateline.date }),
    held: z.object({ place: z.string(), date: z.string() }),
    inputs: [
      { name: 'dateline.place', label: 'Place' },
      { name: 'dateline.date', label: 'Date' },
    ],
  },
  summary: {
    empty: () => '',
    fromRelease: (release) => release.summary,
    held: z.string(),
    inputs: [{ name: 'summary', label: 'Summary' }],
  },
  body: {
    empty: () => '',
    fromRelease: (release) => release.body,
    held: z.string(),
    inputs: [{ name: 'body', label: 'Body' }],
  },
  sourceIds: {
    empty: () => [],
    fromRelease: (release) => release.sources.map((ref) => ref.id),
    held: ids,
    inputs: [{ name: 'sourceIds', label: 'Sources' }],
  },
  fieldOfWorkIds: {
    empty: () => [],
    fromRelease: (release) => release.fieldsOfWork.map((ref) => ref.id),
    held: ids,
    inputs: [{ name: 'fieldOfWorkIds', label: 'Fields of work' }],
  },
  stateIds: {
    empty: () => [],
    fromRelease: (release) => release.states.map((ref) => ref.id),
    held: ids,
    inputs: [{ name: 'stateIds', label: 'Participating States' }],
  },
} as const satisfies { [K in EditableKey]: EditorField<K> }

type EditorFields = typeof editorFields
export const editableKeys = Object.keys(editorFields) as EditableKey[]

/** One value per editable key, each from its field. */
const valuesOf = (value: (field: EditorFields[EditableKey]) => unknown) =>
  Object.fromEntries(editableKeys.map((key) => [key, value(editorFields[key])])) as ReleaseFormValues

type FormField = { [K in EditableKey]: EditorFields[K]['inputs'][number] }[EditableKey]
/** The fields a person sees, in the order of the form: their names in react-hook-form and their labels. */
export const formFields = editableKeys.flatMap((key): readonly FormField[] => editorFields[key].inputs)
export type FormFieldName = (typeof formFields)[number]['name']

export const isFormFieldName = (name: string): name is FormFieldName => formFields.some((field) => field.name === name)

/** The top-level key a field name belongs to ("dateline.place" → "dateline"). */
export const keyOfField = (name: FormFieldName): EditableKey => name.split('.')[0] as EditableKey

export const fieldLabel = (name: FormFieldName): string => formFields.find((field) => field.name === name)!.label

export const emptyFormValues = (): ReleaseFormValues => valuesOf((field) => field.empty())

export const toFormValues = (release: Release): ReleaseFormValues => valuesOf((field) => field.fromRelease(release))

/** What the form holds, whatever its state: the contract's fields and types, without the input's rules. */
export const heldValuesSchema = z.object(
  Object.fromEntries(editableKeys.map((key) => [key, editorFields[key].held])) as {
    [K in EditableKey]: EditorFields[K]['held']
  },
)

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
