import { useQuery } from '@tanstack/react-query'
import type { FieldOfWork } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { countOf, DeleteImpact, totalOf } from '../../components/form/delete-impact'

/** The delete dialog's word on the releases that name a field of work; counted when the dialog opens. */
export function FieldOfWorkDeleteImpact({ field }: { field: FieldOfWork }) {
  const releases = useQuery(releaseQueries.counts({ fieldOfWork: field.id })).data?.counts
  if (!releases) return <DeleteImpact uses={undefined} />
  const count = totalOf(releases)
  return <DeleteImpact uses={count > 0 ? [countOf(count, 'release')] : []} />
}
