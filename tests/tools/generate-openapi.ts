import { writeFileSync } from 'node:fs'
import { openApiText } from './openapi'
import { collectExamples } from './openapi-examples'

writeFileSync(new URL('../../docs/openapi.json', import.meta.url), openApiText(await collectExamples()))
console.info('Wrote docs/openapi.json')
