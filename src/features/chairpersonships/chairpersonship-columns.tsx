import { Badge, Group, Stack, Text } from '@mantine/core'
import type { Chairpersonship } from '../../api/contract'
import type { Column } from '../../components/data-table'

/** One row per year; admins get an Actions column. */
export function chairpersonshipColumns(
  currentYear: number,
  actions: ((chair: Chairpersonship) => React.ReactNode) | null,
): Column<Chairpersonship>[] {
  const columns: Column<Chairpersonship>[] = [
    {
      key: 'year',
      header: 'Year',
      rowHeader: true,
      cell: (chair) => (
        <Group gap="xs" wrap="nowrap">
          {chair.year}
          {chair.year === currentYear ? (
            <Badge color="green" variant="dot" size="sm" style={{ minWidth: 'max-content' }}>
              Current
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'state', header: 'Chairing State', cell: (chair) => chair.state.name },
    {
      key: 'chair',
      header: 'Chair-in-Office',
      cell: (chair) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {chair.chairInOffice.name}
          </Text>
          <Text size="xs" c="dimmed">
            {chair.chairInOffice.title}
          </Text>
        </Stack>
      ),
    },
  ]
  if (actions) columns.push({ key: 'actions', header: 'Actions', cell: actions })
  return columns
}
