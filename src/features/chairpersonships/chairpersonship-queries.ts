import { chairpersonshipQueries } from '../../api/chairpersonships'
import { stateQueries } from '../../api/states'

/** What the page reads, and its loader ensures: every year (a few dozen), and the States that may chair. */
export const chairpersonshipPageQueries = {
  list: () => chairpersonshipQueries.allRecords({ sort: 'year' }),
  participatingStates: () => stateQueries.allRecords({ kind: 'participating-state' }),
}
