/**
 * Moved: a dialog's save is useVersionedSave (src/lib/versioned-save.ts) with useSaveProblem
 * (./use-save-problem.ts). This name stays only for save-problem-alert.tsx's import of the
 * type; delete the file once that import reads './use-save-problem'.
 */
export type { SaveProblem } from './use-save-problem'
