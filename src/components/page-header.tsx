import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

type Props = { title: string; description?: ReactNode; actions?: ReactNode }

/** Every page has exactly one h1, here. */
export function PageHeader({ title, description, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      {/* Grows first, so the actions sit beside the title where there is room (a wide list keeps its rows in view). */}
      <Stack gap={4} style={{ flex: '1 1 24rem' }} miw={0}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions}
    </Group>
  )
}
