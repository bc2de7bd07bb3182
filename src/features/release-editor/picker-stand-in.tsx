import { ComboboxChevron, Pill, PillsInput } from '@mantine/core'

type Props = {
  label: string
  description?: string
  required?: boolean
  /** The labels of the chosen options, shown as the picker shows them. */
  chosen: string[]
}

/**
 * Holds a multi-select's place until it is drawn (see useSecondPass) and its chunk is here (see
 * comboboxes.ts): the same label, description, box and chosen pills, so nothing moves when the
 * picker takes over. Inert: nothing in it can be reached or used.
 */
export function PickerStandIn({ label, description, required, chosen }: Props) {
  return (
    <div inert>
      <PillsInput
        label={label}
        description={description}
        required={required}
        component="div"
        rightSection={<ComboboxChevron />}
        rightSectionPointerEvents="none"
      >
        <Pill.Group>
          {chosen.map((name) => (
            <Pill key={name} withRemoveButton>
              {name}
            </Pill>
          ))}
          <PillsInput.Field readOnly tabIndex={-1} aria-hidden />
        </Pill.Group>
      </PillsInput>
    </div>
  )
}
