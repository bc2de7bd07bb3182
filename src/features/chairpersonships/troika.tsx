import '@mantine/core/styles/Card.css'
import { Badge, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { Chairpersonship } from '../../api/contract'

const roles = [
  { offset: -1, label: 'Previous' },
  { offset: 0, label: 'Current' },
  { offset: 1, label: 'Incoming' },
] as const

type Props = { chairpersonships: Chairpersonship[]; currentYear: number }

/** The Troika: the previous, current and incoming Chairpersonships, by the year of the client's clock. */
export function Troika({ chairpersonships, currentYear }: Props) {
  return (
    <section aria-labelledby="troika-heading">
      <Title order={2} size="h4" id="troika-heading" mb="xs">
        Troika
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {roles.map(({ offset, label }) => {
          const year = currentYear + offset
          const chair = chairpersonships.find((candidate) => candidate.year === year)
          return (
            <Card key={label} withBorder component="article" aria-label={`${label} Chairpersonship, ${year}`}>
              <Stack gap={4}>
                <Badge variant={offset === 0 ? 'filled' : 'light'} color={offset === 0 ? 'teal.9' : 'gray'}>
                  {label} · {year}
                </Badge>
                {chair ? (
                  <>
                    <Text fw={600}>{chair.state.name}</Text>
                    <Text size="sm">{chair.chairInOffice.name}</Text>
                    <Text size="xs" c="dimmed">
                      {chair.chairInOffice.title}
                    </Text>
                  </>
                ) : (
                  <Text c="dimmed" size="sm">
                    Not yet decided
                  </Text>
                )}
              </Stack>
            </Card>
          )
        })}
      </SimpleGrid>
    </section>
  )
}
