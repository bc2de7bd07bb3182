import { Text } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './cell-text.module.css'

export { classes as cellTextClasses }

type Props = {
  size?: 'sm' | 'xs'
  /** Two lines at most, the rest cut with an ellipsis. */
  clamp?: boolean
  component?: 'span' | 'p'
  title?: string
  /** More classes of cell-text.module.css: `block`, `dimmed`, `narrow`. */
  className?: string
  children: ReactNode
}

/**
 * Mantine's `<Text>` as a plain element: its class and attributes, and the CSS variables it
 * would set inline as classes (cell-text.module.css), without the styled Box behind it. For
 * what a table draws in every cell: a page of rows holds a few hundred, and each Box costs more
 * than its element. It takes only what the cells use; anything else should be a `<Text>`.
 */
export function CellText({
  size = 'sm',
  clamp = false,
  component: Component = 'span',
  title,
  className,
  children,
}: Props) {
  return (
    <Component
      className={`${Text.classes.root} ${classes[size]}${clamp ? ` ${classes.clamp2}` : ''}${className ? ` ${className}` : ''}`}
      data-size={size}
      data-line-clamp={clamp || undefined}
      title={title}
    >
      {children}
    </Component>
  )
}
