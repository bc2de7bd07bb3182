import { chairpersonshipQueries } from '../../api/chairpersonships'
import { stateQueries } from '../../api/states'

/** What the page reads, and its loader ensures: every year (a few dozen), and the States that may chair. */
export const chairpersonshipPageQueries = {
  list: () => chairpersonshipQueries.list({ sort: 'year', pageSize: 500 }),
  participatingStates: () => stateQueries.list({ kind: 'participating-state', pageSize: 500 }),
}
