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

/** `compact`: smaller and in sentence case, for a table's narrow column ("Changes requested" is the longest). */
export function StatusBadge({ status, compact = false }: { status: ReleaseStatus; compact?: boolean }) {
  const { label, color } = appearance[status]
  return (
    <Badge
      color={color}
      variant="dot"
      size={compact ? 'sm' : undefined}
      tt={compact ? 'none' : undefined}
      style={{ minWidth: 'max-content' }}
    >
      {label}
    </Badge>
  )
}
