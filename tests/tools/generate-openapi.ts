import { writeFileSync } from 'node:fs'
import { openApiText } from './openapi'

writeFileSync(new URL('../../docs/openapi.json', import.meta.url), openApiText())
console.info('Wrote docs/openapi.json')
