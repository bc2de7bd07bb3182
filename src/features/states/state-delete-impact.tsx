import { useQuery } from '@tanstack/react-query'
import { chairpersonshipQueries } from '../../api/chairpersonships'
import type { State } from '../../api/contract'
import { fieldOperationQueries } from '../../api/field-operations'
import { releaseQueries } from '../../api/releases'
import { countOf, DeleteImpact, totalOf } from '../../components/form/delete-impact'

/**
 * The delete dialog's word on what uses a State, as the server counts it before refusing:
 * releases that name it, its chairpersonships, the operations it hosts. Counted when the dialog opens.
 */
export function StateDeleteImpact({ state }: { state: State }) {
  const releases = useQuery(releaseQueries.counts({ state: state.id })).data?.counts
  const chairs = useQuery(chairpersonshipQueries.allRecords()).data?.items
  const operations = useQuery(fieldOperationQueries.allRecords()).data?.items
  if (!releases || !chairs || !operations) return <DeleteImpact uses={undefined} />
  const years = chairs.filter((chair) => chair.state.id === state.id).map((chair) => chair.year)
  const hosted = operations.filter((operation) => operation.hostState?.id === state.id).map(({ name }) => name)
  const count = totalOf(releases)
  const uses = [
    count > 0 ? countOf(count, 'release') : null,
    years.length > 0 ? `the chairpersonship of ${years.join(', ')}` : null,
    hosted.length > 0 ? `the field operation${hosted.length > 1 ? 's' : ''} ${hosted.join(', ')}` : null,
  ].filter((use): use is string => use !== null)
  return <DeleteImpact uses={uses} />
}
