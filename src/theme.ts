import { createTheme, type CSSVariablesResolver, darken } from '@mantine/core'

/** OSCE blue as the primary colour; everything else is Mantine's default. */
export const theme = createTheme({
  primaryColor: 'osce',
  primaryShade: { light: 7, dark: 5 },
  colors: {
    osce: [
      '#e6f2fb',
      '#cde1f2',
      '#9cc1e6',
      '#679fda',
      '#3d82cf',
      '#2470c9',
      '#1367c7',
      '#0057b0',
      '#004d9e',
      '#00428c',
    ],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // Every dialog's × is named (axe: button-name), wherever the dialog forgets to. A plain
    // object, not Modal.extend: importing Modal here would put it in every page's first load.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Likewise every toast's × (the notices after a step, a save, a reset).
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Close notice' } } },
  },
})

/**
 * Mantine's dimmed text (gray-6 on white, dark-2 on dark), its dark-scheme link and light red colours, its
 * error text (red-6 on white 3.3:1, red-8 on dark 3.5:1) and white on its filled red buttons
 * (3.8:1, 4.4:1) fall short of WCAG AA's 4.5:1 contrast; these shades meet it on plain and
 * striped rows.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const red9 = resolved.colors.red[9] ?? '#c92a2a'
  const filledRed = { '--mantine-color-red-filled': red9, '--mantine-color-red-filled-hover': darken(red9, 0.15) }
  return {
    variables: {},
    light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-error': red9, ...filledRed },
    dark: {
      '--mantine-color-dimmed': resolved.colors.dark[1] ?? '#b8b8b8',
      '--mantine-color-anchor': resolved.colors.osce?.[3] ?? '#679fda',
      '--mantine-color-error': resolved.colors.red[4] ?? '#ff8787',
      // The subtle and light red (row Delete buttons) would be red-0, near white: red-4 keeps it red (6.9:1).
      '--mantine-color-red-light-color': resolved.colors.red[4] ?? '#ff8787',
      ...filledRed,
    },
  }
}
