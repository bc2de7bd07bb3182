import {
  Center,
  type MantineColorScheme,
  Menu,
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

/** Light, dark or the system's setting, as icons in a wide header (the phone's account menu has ColorSchemeMenuItems). */
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

/** The same three choices inside a menu (the account menu on a phone); choosing keeps the menu open. */
export function ColorSchemeMenuItems() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <>
      <Menu.Label>Color scheme</Menu.Label>
      <Menu.RadioGroup
        value={colorScheme}
        onChange={(value) => {
          if (isColorScheme(value)) setColorScheme(value)
        }}
      >
        {options.map(({ value, label, icon: Icon }) => (
          <Menu.RadioItem key={value} value={value} rightSection={<Icon size={16} stroke={1.5} aria-hidden />}>
            {label}
          </Menu.RadioItem>
        ))}
      </Menu.RadioGroup>
    </>
  )
}
