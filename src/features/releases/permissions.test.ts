import { describe, expect, it } from 'vitest'
import { releaseStatuses, type ReleaseStatus, type Role } from '../../api/contract'
import { canEditRelease } from './permissions'

const user = (role: Role, id = `user-${role}`) => ({ id, role })
const release = (status: ReleaseStatus, authorId = 'user-editor') => ({ status, author: { id: authorId } })

describe('canEditRelease', () => {
  it('lets an editor edit their own release only while draft or changes requested', () => {
    const editable = releaseStatuses.filter((status) => canEditRelease(user('editor'), release(status)))
    expect(editable).toEqual(['draft', 'changes-requested'])
  })

  it('does not let an editor edit a release someone else wrote', () => {
    for (const status of releaseStatuses) {
      expect(canEditRelease(user('editor'), release(status, 'user-someone-else'))).toBe(false)
    }
  })

  it('lets an admin edit any release that is not published, whoever wrote it', () => {
    const editable = releaseStatuses.filter((status) => canEditRelease(user('admin'), release(status, 'user-someone-else')))
    expect(editable).toEqual(['draft', 'in-review', 'changes-requested', 'scheduled', 'withdrawn'])
  })

  it('never lets a reviewer, or nobody, edit', () => {
    for (const status of releaseStatuses) {
      expect(canEditRelease(user('reviewer'), release(status, 'user-reviewer'))).toBe(false)
      expect(canEditRelease(null, release(status))).toBe(false)
    }
  })
})
