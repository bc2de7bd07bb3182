import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

type Props = { title: string; children?: ReactNode }

export function EmptyState({ title, children }: Props) {
  return (
    <Stack align="center" gap={4} py="xl">
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text c="dimmed" size="sm">
          {children}
        </Text>
      ) : null}
    </Stack>
  )
}
