import { Text } from '@mantine/core'
import type { CSSProperties, ReactNode } from 'react'

type Size = 'sm' | 'xs'

const sizeVariables: Record<Size, CSSProperties> = {
  sm: { '--text-fz': 'var(--mantine-font-size-sm)', '--text-lh': 'var(--mantine-line-height-sm)' } as CSSProperties,
  xs: { '--text-fz': 'var(--mantine-font-size-xs)', '--text-lh': 'var(--mantine-line-height-xs)' } as CSSProperties,
}

type Props = {
  size?: Size
  /** Lines shown at most, the rest cut with an ellipsis. */
  lineClamp?: number
  component?: 'span' | 'p'
  title?: string
  style?: CSSProperties
  children: ReactNode
}

/**
 * Mantine's `<Text>` as a plain element: the same class, attributes and CSS variables (those
 * Mantine documents for Text), without the styled Box behind it. For what a table draws in
 * every cell: a page of rows holds a few hundred, and each Box costs more than its element.
 * It takes only the props the cells use; anything else should be a `<Text>`.
 */
export function CellText({ size = 'sm', lineClamp, component: Component = 'span', title, style, children }: Props) {
  return (
    <Component
      className={Text.classes.root}
      data-size={size}
      data-line-clamp={lineClamp === undefined ? undefined : true}
      title={title}
      style={{
        ...sizeVariables[size],
        ...(lineClamp === undefined ? undefined : ({ '--text-line-clamp': lineClamp } as CSSProperties)),
        ...style,
      }}
    >
      {children}
    </Component>
  )
}
