import { type MantineColorScheme, SegmentedControl, useMantineColorScheme } from '@mantine/core'

const options: { value: MantineColorScheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
]

const isColorScheme = (value: string): value is MantineColorScheme => options.some((option) => option.value === value)

export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <SegmentedControl
      aria-label="Color scheme"
      size="xs"
      value={colorScheme}
      data={options}
      onChange={(value) => {
        if (isColorScheme(value)) setColorScheme(value)
      }}
    />
  )
}
