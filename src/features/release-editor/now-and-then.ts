// What the form shows only now and then (the conflict panel after a 409, with its diffs; the
// newer-version banner; the error summary after a failed submit; the panel of a release that
// moved on), in one chunk of its own:
// release-form.tsx fetches it when the page is idle, long before any of them is needed.
export { ConflictPanel } from './conflict-panel'
export { ErrorSummary } from './error-summary'
export { MovedOnPanel } from './moved-on-panel'
export { NewerVersionBanner } from './newer-version-banner'
