import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { useId, useState } from 'react'
import { summaryLine, type AssignmentSummary } from './assignment-summary'

type Props = {
  summary: AssignmentSummary
  onDismiss: () => void
}

/**
 * The result of a batch assignment: one line that counts every group ("Assigned 3 to
 * Programme Office in Dushanbe · 13 already there"), the releases that changed since the
 * admin saw them named at once (they need another look), and every group's titles on request.
 */
export function AssignmentResult({ summary, onDismiss }: Props) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const withTitles = summary.groups.filter((group) => group.titles.length > 0)
  return (
    <Alert
      color={summary.changedSinceSeen.length > 0 ? 'orange' : 'blue'}
      title="Field operations updated"
      // Orange on its light orange is 3.6:1 in the light scheme (WCAG AA wants 4.5:1, measured
      // from Mantine's variables); the title in the text colour reads in both schemes, the bar keeps the cue.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <span>{summaryLine(summary)}</span>
          {withTitles.length > 0 && (
            <>
              {' '}
              <Button
                variant="subtle"
                size="compact-sm"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setOpen((value) => !value)}
              >
                {open ? 'Hide releases' : 'Show releases'}
              </Button>
            </>
          )}
        </Text>
        {summary.changedSinceSeen.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Left as they were, changed since you saw them:
            </Text>
            <List size="sm" spacing={2} aria-label="Changed since you saw them">
              {summary.changedSinceSeen.map((title, index) => (
                <List.Item key={index}>
                  <bdi>{title}</bdi>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <div id={listId} hidden={!open}>
          <Stack gap="xs">
            {withTitles.map((group) => (
              <div key={group.key}>
                <Text size="sm" fw={600}>
                  {group.heading} ({group.titles.length})
                </Text>
                <List size="sm" spacing={2} aria-label={group.heading}>
                  {group.titles.map((title, index) => (
                    <List.Item key={index}>
                      <bdi>{title}</bdi>
                    </List.Item>
                  ))}
                </List>
              </div>
            ))}
          </Stack>
        </div>
      </Stack>
    </Alert>
  )
}
