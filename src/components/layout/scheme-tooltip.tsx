import '@mantine/core/styles/Tooltip.css'
import { Tooltip } from '@mantine/core'
import type { ReactElement } from 'react'

/** The color scheme control's tooltip, loaded on the first hover (color-scheme-control.tsx). */
export default function SchemeTooltip({ label, children }: { label: string; children: ReactElement }) {
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      {children}
    </Tooltip>
  )
}
