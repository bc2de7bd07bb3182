import type { Role } from '../../api/contract'

/** Where a person lands after signing in when no page asked for them: reviewers start with their queue. */
export const landingPath = (role: Role | undefined): string => (role === 'reviewer' ? '/review' : '/')
