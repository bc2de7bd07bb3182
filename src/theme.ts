import { createTheme } from '@mantine/core'

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
})
