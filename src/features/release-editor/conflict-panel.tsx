import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useState } from 'react'
import type { Release } from '../../api/contract'
import { type Choice, defaultChoice, differingFields, displayValue, mergeValues } from './conflict-fields'
import { fieldLabel, type FormFieldName, type ReleaseFormValues, toFormValues } from './form-values'
import type { ReferenceOptions } from './reference-options'

type Props = {
  theirs: Release
  mine: ReleaseFormValues
  myChanges: string[]
  options: ReferenceOptions
  onSaveMerged: (merged: ReleaseFormValues) => void
}

/**
 * Someone else saved first. Their version and mine side by side, only where they differ,
 * with a choice per field; nothing is overwritten or dropped until the person decides.
 */
export function ConflictPanel({ theirs, mine, myChanges, options, onSaveMerged }: Props) {
  const theirValues = toFormValues(theirs)
  const fields = differingFields(mine, theirValues)
  const [choices, setChoices] = useState<Partial<Record<FormFieldName, Choice>>>(() =>
    Object.fromEntries(fields.map((name) => [name, defaultChoice(name, myChanges)])),
  )
  const chooseAll = (choice: Choice) => setChoices(Object.fromEntries(fields.map((name) => [name, choice])))

  return (
    <section aria-label="Conflicting changes">
      <Alert color="orange" variant="light" title="Someone else saved this release first">
        <Stack gap="md">
          <Text size="sm">
            Version {theirs.version} was saved while you were editing. Choose, field by field, which text to keep, then
            save the result. Nothing is lost until you do.
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => chooseAll('mine')}>
              Keep all mine
            </Button>
            <Button size="xs" variant="default" onClick={() => chooseAll('theirs')}>
              Take all theirs
            </Button>
          </Group>
          {fields.map((name) => (
            <Paper key={name} withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
              <Title order={3} size="h5" component="legend" px={4}>
                {fieldLabel(name)}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mb="xs">
                <Side label="Their version">{displayValue(theirValues, name, options)}</Side>
                <Side label="Your version">{displayValue(mine, name, options)}</Side>
              </SimpleGrid>
              <SegmentedControl
                size="xs"
                aria-label={`${fieldLabel(name)}: which version`}
                value={choices[name] ?? 'theirs'}
                onChange={(value) => setChoices((current) => ({ ...current, [name]: value as Choice }))}
                data={[
                  { value: 'mine', label: 'Keep mine' },
                  { value: 'theirs', label: 'Take theirs' },
                ]}
              />
            </Paper>
          ))}
          <Group>
            <Button onClick={() => onSaveMerged(mergeValues(mine, theirValues, choices))}>Save merged</Button>
          </Group>
        </Stack>
      </Alert>
    </section>
  )
}

/** One side of a field in conflict: whose it is, then its value. */
function Side({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={8}>
        {children}
      </Text>
    </div>
  )
}
