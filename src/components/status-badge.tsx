import { Badge, type MantineColor } from '@mantine/core'
import type { CSSProperties } from 'react'
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

const compactStyles = Object.fromEntries(
  Object.entries(appearance).map(([status, { color }]) => [
    status,
    {
      '--badge-height': 'var(--badge-height-sm)',
      '--badge-padding-x': 'var(--badge-padding-x-sm)',
      '--badge-fz': 'var(--badge-fz-sm)',
      '--badge-dot-color': `var(--mantine-color-${color}-filled)`,
      minWidth: 'max-content',
      textTransform: 'none',
    } as CSSProperties,
  ]),
) as Record<ReleaseStatus, CSSProperties>

/**
 * `compact`: smaller and in sentence case, for a table's narrow column ("Changes requested" is the
 * longest). Drawn in every row, it is plain elements with the classes, attributes and variables
 * the Badge below would give it, without the Badge's styled Box.
 */
export function StatusBadge({ status, compact = false }: { status: ReleaseStatus; compact?: boolean }) {
  const { label, color } = appearance[status]
  if (compact) {
    return (
      <div
        className={`${Badge.classes['root--dot']} ${Badge.classes.root}`}
        data-variant="dot"
        data-size="sm"
        style={compactStyles[status]}
      >
        <span className={Badge.classes.label}>{label}</span>
      </div>
    )
  }
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
