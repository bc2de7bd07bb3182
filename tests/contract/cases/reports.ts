/** The translation turnaround report (issue #15): its figures hold together, and a new family moves them as documented. */
import { call, expectCall, expectThat, setUp, type Response } from '../http'
import { createReference, draft, published, transition, type Release } from '../fixtures'
import { signedInRoles, type Cases } from './case'

const key = 'GET /reports/translation-turnaround'

type Item = { language: string; count: number; medianHours: number | null; p90Hours: number | null; missing: number }

/** The report for the current month, and the row of `language` in it (undefined when it is left out). */
async function rowOf(language: string): Promise<{ answer: Response; originals: number; row: Item | undefined }> {
  const answer = await expectCall(key, { as: 'editor', query: { months: '1' } }, 200)
  const items = answer.json.items as Item[]
  return { answer, originals: answer.json.originals, row: items.find((item) => item.language === language) }
}

/** A published translation of `original` into `language`, its own author's submission approved by the reviewer. */
async function publishedTranslation(original: Release, language: string): Promise<Response> {
  const created = await setUp(
    'POST /releases/{id}/translations',
    { as: 'otherEditor', params: { id: original.id }, body: { language } },
    201,
    'setting up: a translation',
  )
  const submitted = await transition(created.json, 'otherEditor', 'submit')
  return call('POST /releases/{id}/transitions', {
    as: 'reviewer',
    params: { id: submitted.id },
    body: { action: 'approve', version: submitted.version },
  })
}

export const reportCases: Cases = {
  [key]: [
    {
      name: 'every signed-in role reads it; each row’s figures hold together',
      run: async () => {
        for (const as of signedInRoles) await expectCall(key, { as }, 200)
        const answer = await expectCall(key, { as: 'editor', query: { months: '120' } }, 200)
        const items = answer.json.items as Item[]
        for (const item of items) {
          const what = `the row of ${item.language}`
          expectThat(
            answer,
            (item.count === 0) === (item.medianHours === null),
            `${what}: a median exactly when counted`,
          )
          expectThat(answer, (item.count === 0) === (item.p90Hours === null), `${what}: a 90th percentile likewise`)
          expectThat(
            answer,
            item.medianHours === null || item.medianHours <= item.p90Hours!,
            `${what}: the median is not above the 90th percentile`,
          )
          expectThat(answer, item.missing <= answer.json.originals, `${what}: no more missing than originals`)
          expectThat(answer, item.count > 0 || item.missing > 0, `${what}: a row with nothing to say is left out`)
        }
        expectThat(
          answer,
          items.every((item, index) => index === 0 || items[index - 1]!.count >= item.count),
          'most translations first',
        )
      },
    },
    {
      name: 'a family in a new language: the original counts among the missing until its translation is out, then the translation counts',
      run: async () => {
        const code = String((await createReference('/languages')).code)
        const original = await published()
        const before = await rowOf(code)
        expectThat(before.answer, before.row !== undefined, 'the new language is listed: the original lacks it')
        expectThat(
          before.answer,
          before.row!.missing === before.originals && before.row!.count === 0,
          'every original of the month lacks it, and no translation into it is out',
        )

        const approved = await publishedTranslation(original, code)
        expectThat(approved, approved.status === 200 && approved.json.status === 'published', 'the translation is out')
        const after = await rowOf(code)
        expectThat(
          after.answer,
          after.row?.count === 1 && after.row.missing === after.originals - 1,
          'one translation counted, and its original no longer missing it',
        )
        expectThat(
          after.answer,
          after.row!.medianHours !== null &&
            after.row!.medianHours < 1 &&
            after.row!.p90Hours === after.row!.medianHours,
          'out within the hour: one figure, the median and the 90th percentile',
        )
      },
    },
    {
      name: 'a translation out before its original counts 0 hours, and counts',
      run: async () => {
        const code = String((await createReference('/languages')).code)
        const original = await draft()
        const approved = await publishedTranslation(original, code)
        // Where a server does not let a translation out before its original, there is nothing to count.
        if (approved.status !== 200) return
        // Then the original goes out too: the translation was out first.
        const current = (await setUp('GET /releases/{id}', { as: 'editor', params: { id: original.id } }, 200)).json
        await transition(await transition(current, 'editor', 'submit'), 'reviewer', 'approve')
        const { answer, row } = await rowOf(code)
        expectThat(answer, row?.count === 1, 'the translation is counted')
        expectThat(answer, row?.medianHours === 0 && row.p90Hours === 0, 'with 0 hours: its readers did not wait')
      },
    },
    {
      name: 'months out of range or not a number: 422',
      run: async () => {
        for (const months of ['0', '121', 'six', '1.5'])
          await expectCall(key, { as: 'editor', query: { months } }, 422, `months=${months}`)
      },
    },
  ],
}
