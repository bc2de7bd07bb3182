import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { type StateListQuery, stateListQuerySchema } from '../../api/contract'
import { stateQueries } from '../../api/states'
import { StatesPage } from '../../features/states/states-page'
import { pageTitle } from '../../components/page-title'

/** A key of the API's list query that this page does not offer: a hand-edited value is dropped, never sent. */
const notOffered = z.undefined().optional().catch(undefined)

/**
 * The whole view in the URL; a bad value falls back to its default (as the releases list does).
 * The router hands the page every key of the URL, validated or not, so every key the API's list
 * query knows is named here (TypeScript checks it): `?sort=bogus` can never reach the API.
 */
const stateSearchShape = {
  kind: stateListQuerySchema.shape.kind.catch(undefined),
  q: stateListQuerySchema.shape.q.catch(undefined),
  // One table of every State, by name.
  page: notOffered,
  pageSize: notOffered,
  sort: notOffered,
} satisfies Record<keyof StateListQuery, z.ZodType>

export const Route = createFileRoute('/_authenticated/states')({
  validateSearch: z.object(stateSearchShape),
  loaderDeps: ({ search: { kind, q } }) => ({ kind, q }),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(stateQueries.list(deps)),
  head: pageTitle('Participating States'),
  component: StatesPage,
})
