import { Badge, Group, Stack, Text } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { chairpersonshipQueries } from '../../api/chairpersonships'
import type { Chairpersonship } from '../../api/contract'
import { type Column, DataTable } from '../../components/data-table'
import { EmptyState } from '../../components/empty-state'
import { PageHeader } from '../../components/page-header'

const columns = (currentYear: number): Column<Chairpersonship>[] => [
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

export function ChairpersonshipsPage() {
  const { data } = useSuspenseQuery(chairpersonshipQueries.list({ sort: '-year' }))
  // The client's clock decides which year is current; the server keeps no such flag.
  const [currentYear] = useState(() => new Date().getFullYear())

  return (
    <Stack gap="sm">
      <PageHeader title="Chairpersonship" description="The participating State that chairs the OSCE each year, and its Chair-in-Office." />
      <DataTable
        caption={`Chairpersonships (${data.total})`}
        columns={columns(currentYear)}
        rows={data.items}
        getRowKey={(chair) => chair.id}
        empty={<EmptyState title="No chairpersonships yet" />}
      />
    </Stack>
  )
}
