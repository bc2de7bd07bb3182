import { Badge, type MantineColor } from '@mantine/core'
import type { ReleaseStatus } from '../api/contract'

const appearance: Record<ReleaseStatus, { label: string; color: MantineColor }> = {
  draft: { label: 'Draft', color: 'gray' },
  'in-review': { label: 'In review', color: 'blue' },
  'changes-requested': { label: 'Changes requested', color: 'orange' },
  scheduled: { label: 'Scheduled', color: 'violet' },
  published: { label: 'Published', color: 'green' },
  withdrawn: { label: 'Withdrawn', color: 'red' },
}

export const releaseStatusLabel = (status: ReleaseStatus): string => appearance[status].label

export function StatusBadge({ status }: { status: ReleaseStatus }) {
  const { label, color } = appearance[status]
  return (
    <Badge color={color} variant="dot" style={{ minWidth: 'max-content' }}>
      {label}
    </Badge>
  )
}
