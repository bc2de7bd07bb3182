import { ActionIcon } from '@mantine/core'
import { IconUserCircle } from '@tabler/icons-react'
import type { ComponentPropsWithRef } from 'react'

/** The phone's account button: the menu's target, and what stands in for it until the menu's code has loaded. */
export function AccountButton(props: Omit<ComponentPropsWithRef<'button'>, 'color'>) {
  return (
    <ActionIcon variant="default" size="lg" aria-label="Account" {...props}>
      <IconUserCircle size={20} stroke={1.5} aria-hidden />
    </ActionIcon>
  )
}
