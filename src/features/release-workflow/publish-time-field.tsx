import { Alert, Group, Radio, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { type CalendarAriaLabels, DateTimePicker } from '@mantine/dates'
import { Controller, type UseFormReturn, useWatch } from 'react-hook-form'
import { datelineWarning, inVienna, localTimeZone, localToUtcIso, nextFullHour } from './publish-time'
import type { TransitionInput } from '../../api/contract'
import type { TransitionFormValues } from './transition-form'

/** The calendar's arrows and level buttons are icons: name them. */
const calendarLabels: CalendarAriaLabels = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
}

type Props = {
  form: UseFormReturn<TransitionFormValues, unknown, TransitionInput>
  now: () => Date
  /** The release's dateline date: a publication far from it earns a warning (not a block). */
  datelineDate?: string
}

/** Approve: publish now, or schedule a time entered in the person's own zone, with Vienna's time beside it. */
export function PublishTimeField({ form, now, datelineDate }: Props) {
  const { control } = form
  const when = useWatch({ control, name: 'when' })
  const publishAt = useWatch({ control, name: 'publishAt' })
  const publication = when === 'now' ? now().toISOString() : publishAt ? localToUtcIso(publishAt) : null
  const warning = datelineDate && publication ? datelineWarning(datelineDate, publication) : null
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="when"
        render={({ field }) => (
          <Radio.Group
            label="When to publish"
            value={field.value}
            onChange={(value) => {
              field.onChange(value)
              // A first suggestion to adjust rather than an empty picker: the next full hour.
              if (value === 'schedule' && !form.getValues('publishAt')) form.setValue('publishAt', nextFullHour(now()))
            }}
          >
            <Group gap="lg" mt={4}>
              <Radio value="now" label="Publish now" data-autofocus />
              <Radio value="schedule" label="Schedule" />
            </Group>
          </Radio.Group>
        )}
      />
      {when === 'schedule' ? (
        <Controller
          control={control}
          name="publishAt"
          render={({ field, fieldState }) => (
            <DateTimePicker
              ref={field.ref}
              label="Publication time"
              description={`In your time zone (${localTimeZone()})`}
              withAsterisk
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              defaultDate={nextFullHour(now())}
              minDate={now()}
              valueFormat="D MMMM YYYY, HH:mm"
              placeholder="Pick a date and time"
              error={fieldState.error?.message}
              timePickerProps={{ hoursInputLabel: 'Hours', minutesInputLabel: 'Minutes' }}
              submitButtonProps={{ 'aria-label': 'Set the publication time' }}
              ariaLabels={calendarLabels}
            />
          )}
        />
      ) : null}
      {when === 'schedule' && publishAt ? (
        <Text size="sm" aria-live="polite">
          {inVienna(localToUtcIso(publishAt))}
        </Text>
      ) : null}
      {/* Polite: it appears as the time changes and never takes the focus from the picker. */}
      <div aria-live="polite">
        {warning ? (
          <Alert
            // A note, not an alert: the polite region above announces it; role=alert is for failures.
            role="note"
            color="yellow"
            variant="light"
            // Yellow text on yellow fails 4.5:1 (axe, light scheme): the title in the text colour.
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
            title="Dateline far from the publication date"
            icon={<IconAlertTriangle size={18} aria-hidden />}
          >
            {warning}
          </Alert>
        ) : null}
      </div>
    </Stack>
  )
}
