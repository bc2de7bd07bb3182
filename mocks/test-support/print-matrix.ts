/** Writes docs/permission-matrix.md from the matrix data: npx tsx mocks/test-support/print-matrix.ts */
import { writeFileSync } from 'node:fs'
import { renderMatrix } from './permission-matrix'

writeFileSync(new URL('../../docs/permission-matrix.md', import.meta.url), renderMatrix())
console.info(renderMatrix())
