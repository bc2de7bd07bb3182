import { Badge, Box, Button, Group, Stack, VisuallyHidden } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { type ReactNode, useId, useState } from 'react'
import classes from './filter-fold.module.css'

type Props = {
  /** Always in view: the search. */
  lead: ReactNode
  /** The filters beside the search from the tablet width up, folded away on a phone. */
  children: ReactNode
  /** Below the row (a panel of more filters), folded with it on a phone. */
  extra?: ReactNode
  /** How many of the folded filters are set: the button says it, so nothing set is hidden unknowingly. */
  count: number
}

/**
 * A list's filters: one row on a wide screen; on a phone (below 48em, a 200% zoom included) a
 * "Filters" button beside the search opens the others, so the list is on the first screen.
 */
export function FilterFold({ lead, children, extra, count }: Props) {
  const [open, setOpen] = useState(false)
  const foldId = useId()
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Box className={classes.lead}>{lead}</Box>
        <FilterToggle
          hiddenFrom="sm"
          icon={<IconFilter size={16} aria-hidden />}
          count={count}
          open={open}
          controls={foldId}
          onToggle={() => setOpen((value) => !value)}
        >
          Filters
        </FilterToggle>
        <div id={foldId} className={classes.fold} data-open={open}>
          {children}
        </div>
      </Group>
      {extra ? (
        <div className={classes.extra} data-open={open}>
          {extra}
        </div>
      ) : null}
    </Stack>
  )
}

type ToggleProps = {
  icon: ReactNode
  /** How many of the filters it opens are set; said and shown, never hidden unknowingly. */
  count: number
  open: boolean
  /** The id of what it opens. */
  controls: string
  onToggle: () => void
  /** "Filters", "More filters". */
  children: ReactNode
  hiddenFrom?: 'sm'
}

/** A button that opens or folds a set of filters, with how many of them are set. */
export function FilterToggle({ icon, count, open, controls, onToggle, children, hiddenFrom }: ToggleProps) {
  return (
    <Button
      hiddenFrom={hiddenFrom}
      variant="default"
      leftSection={icon}
      rightSection={
        count > 0 ? (
          <Badge size="sm" circle aria-hidden>
            {count}
          </Badge>
        ) : null
      }
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
      {count > 0 ? <VisuallyHidden>, {count} set</VisuallyHidden> : null}
    </Button>
  )
}
