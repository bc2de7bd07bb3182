import { versionSchema } from './common'

/** The rule of a name that no two records share, as the server words its refusal. */
export const uniqueNameRule = (what: string) =>
  `Unique, ignoring case and accents: a name another ${what} has answers 422 with errors.name "Another ${what} is already called <name>".`

/** What every reference PATCH means, for its schema's description. */
export const patchDescription = (what: string) =>
  `A change to a ${what}: only the fields it names change, and null clears a field that may be null. ` +
  '`version` is the version it was based on: a stale one answers 409 with `currentVersion`. ' +
  'The record after the change must meet the same rules as a new one (422 otherwise, on the field). ' +
  'A change that names no field writes nothing: it answers the record as it is, version unchanged.'

export const patchVersion = { version: versionSchema }
