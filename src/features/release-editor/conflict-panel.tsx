import '@mantine/core/styles/FloatingIndicator.css'
import '@mantine/core/styles/SegmentedControl.css'
import { Alert, Box, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import type { Release } from '../../api/contract'
import { TextDiffLegend, TextDiffSides } from '../../components/text-diff'
import {
  type Choice,
  defaultChoice,
  differingFields,
  displayValue,
  isTextField,
  paragraphsOf,
  valueOf,
} from './conflict-fields'
import { fieldLabel, type FormFieldName, type ReleaseFormValues, toFormValues } from './form-values'
import type { OtherSide } from './other-side'
import type { ReferenceOptions } from './reference-options'

/** The form's fields, by their names there: the choices write into it, so Save saves what it shows. */
export type FormAccess = {
  read: (name: FormFieldName) => unknown
  write: (name: FormFieldName, value: unknown) => void
}

type Props = {
  theirs: Release
  /** What the form held when their version came in. */
  mine: ReleaseFormValues
  myChanges: string[]
  options: ReferenceOptions
  other: OtherSide
  form: FormAccess
}

const mineName = 'Mine: this tab'

/**
 * Someone (or this person, in another tab) saved first. Their version and mine, only where they
 * differ, the texts word by word and in full, with a choice per field that goes into the form at
 * once: the form's one Save then saves the result. Choosing back and forth loses nothing typed.
 */
export function ConflictPanel({ theirs, mine, myChanges, options, other, form }: Props) {
  const theirValues = toFormValues(theirs)
  const [fields] = useState(() => differingFields(mine, theirValues))
  const [choices, setChoices] = useState<Partial<Record<FormFieldName, Choice>>>(() =>
    Object.fromEntries(fields.map((name) => [name, defaultChoice(name, myChanges)])),
  )
  // What each field held under the choice left, so that going back to it gives back what was typed there.
  const held = useRef(new Map<string, unknown>())
  const choose = (names: FormFieldName[], choice: Choice) => {
    for (const name of names) {
      const current = choices[name] ?? 'theirs'
      if (current === choice) continue
      held.current.set(`${name} ${current}`, form.read(name))
      const key = `${name} ${choice}`
      form.write(
        name,
        held.current.has(key) ? held.current.get(key) : valueOf(choice === 'mine' ? mine : theirValues, name),
      )
    }
    setChoices((now) => ({ ...now, ...Object.fromEntries(names.map((name) => [name, choice])) }))
  }
  const theirName = other.sideName
  // Where the person goes next (after a Save that met it, or Compare and merge): to what it says.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  return (
    <section aria-label="Conflicting changes">
      {/* No icon: on a phone its column would narrow the texts to compare. */}
      <Alert color="orange" variant="light">
        <Stack gap="md">
          <div role="alert">
            <Title order={2} size="h4" ref={heading} tabIndex={-1}>
              Saved first by {other.whoAndWhen}
            </Title>
            <Text size="sm">
              Version {theirs.version} was saved while {other.you ? 'this tab was' : 'you were'} editing. For each field
              below, keep yours or take theirs: your choice goes into the form at once. Then press{' '}
              <strong>Save merged</strong> below the form. Nothing is saved until you do.
            </Text>
          </div>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => choose(fields, 'mine')}>
              Keep all mine
            </Button>
            <Button size="xs" variant="default" onClick={() => choose(fields, 'theirs')}>
              Take all theirs
            </Button>
          </Group>
          <TextDiffLegend added="Words only in your version" removed="words only in theirs" />
          {fields.map((name) => (
            <Paper key={name} withBorder p="sm" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
              <Title order={3} size="h5" component="legend" px={4}>
                {fieldLabel(name)}
              </Title>
              <Box mb="xs">
                {isTextField(name) ? (
                  <TextDiffSides
                    label={`${fieldLabel(name)}: theirs and mine`}
                    before={paragraphsOf(theirValues, name)}
                    after={paragraphsOf(mine, name)}
                    names={{ before: theirName, after: mineName }}
                    markLabels={{ removed: 'only in theirs', added: 'only in mine' }}
                    labelHidden
                  />
                ) : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                    <Side label={theirName} kind="theirs">
                      {displayValue(theirValues, name, options)}
                    </Side>
                    <Side label={mineName} kind="mine">
                      {displayValue(mine, name, options)}
                    </Side>
                  </SimpleGrid>
                )}
              </Box>
              <SegmentedControl
                size="xs"
                aria-label={`${fieldLabel(name)}: which version`}
                value={choices[name] ?? 'theirs'}
                onChange={(value) => choose([name], value as Choice)}
                data={[
                  { value: 'mine', label: 'Keep mine' },
                  { value: 'theirs', label: 'Take theirs' },
                ]}
              />
            </Paper>
          ))}
        </Stack>
      </Alert>
    </section>
  )
}

/** One side of a field that is not text (a type, a date, a list of names): whose it is, then its value in full. */
function Side({ label, kind, children }: { label: string; kind: Choice; children: ReactNode }) {
  const colour = kind === 'mine' ? 'green' : 'red'
  return (
    <Box
      style={{
        borderInlineStart: `3px solid var(--mantine-color-${colour}-filled)`,
        paddingInlineStart: 'var(--mantine-spacing-xs)',
      }}
    >
      <Text size="xs" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Box>
  )
}
