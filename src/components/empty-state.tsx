import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

type Props = {
  title: string
  children?: ReactNode
  /** A way out, such as clearing the filters. */
  action?: ReactNode
}

export function EmptyState({ title, children, action }: Props) {
  return (
    <Stack align="center" gap={4} py="xl">
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text c="dimmed" size="sm">
          {children}
        </Text>
      ) : null}
      {action}
    </Stack>
  )
}
