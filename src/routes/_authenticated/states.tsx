import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { stateListQuerySchema } from '../../api/contract'
import { stateQueries } from '../../api/states'
import { StatesPage } from '../../features/states/states-page'
import { pageTitle } from '../../components/page-title'

/** The whole view in the URL; a bad value falls back to its default (as the releases list does). */
const stateSearchSchema = z.object({
  kind: stateListQuerySchema.shape.kind.catch(undefined),
  q: stateListQuerySchema.shape.q.catch(undefined),
})

export const Route = createFileRoute('/_authenticated/states')({
  validateSearch: stateSearchSchema,
  loaderDeps: ({ search: { kind, q } }) => ({ kind, q }),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(stateQueries.list(deps)),
  head: pageTitle('Participating States'),
  component: StatesPage,
})
