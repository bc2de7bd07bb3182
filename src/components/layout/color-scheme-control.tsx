import {
  Center,
  type MantineColorScheme,
  SegmentedControl,
  Tooltip,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun, type TablerIcon } from '@tabler/icons-react'

const options: { value: MantineColorScheme; label: string; icon: TablerIcon }[] = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'System', icon: IconDeviceDesktop },
]

const isColorScheme = (value: string): value is MantineColorScheme => options.some((option) => option.value === value)

/** Light, dark or the system's setting; icons keep it small enough for a phone's header. */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <SegmentedControl
      aria-label="Color scheme"
      size="xs"
      value={colorScheme}
      data={options.map(({ value, label, icon: Icon }) => ({
        value,
        label: (
          <Tooltip label={label} withArrow openDelay={300}>
            <Center>
              <Icon size={16} stroke={1.5} aria-hidden />
              <VisuallyHidden>{label}</VisuallyHidden>
            </Center>
          </Tooltip>
        ),
      }))}
      onChange={(value) => {
        if (isColorScheme(value)) setColorScheme(value)
      }}
    />
  )
}
