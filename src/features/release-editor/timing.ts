/**
 * How long the editor waits before it saves or keeps a local copy. One object so that
 * tests can shorten the waits instead of fighting fake timers.
 */
export const editorTiming = {
  /** After typing stops, a draft saves itself. */
  autosaveMs: 3000,
  /** After each change, the unsaved values are kept in localStorage. */
  localDraftMs: 500,
}
