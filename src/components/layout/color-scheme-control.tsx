import { Center, type MantineColorScheme, SegmentedControl, useMantineColorScheme, VisuallyHidden } from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun, type TablerIcon } from '@tabler/icons-react'
import { lazy, type ReactElement, Suspense, useState } from 'react'

export const colorSchemeOptions: { value: MantineColorScheme; label: string; icon: TablerIcon }[] = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'System', icon: IconDeviceDesktop },
]

export const isColorScheme = (value: string): value is MantineColorScheme =>
  colorSchemeOptions.some((option) => option.value === value)

// The tooltips (Mantine's Tooltip, its styles and positioning) load when a pointer first comes
// over the control, not with every page: the icons' names are in the page already (VisuallyHidden).
const SchemeTooltip = lazy(() => import('./scheme-tooltip'))

function Tip({ label, shown, children }: { label: string; shown: boolean; children: ReactElement }) {
  if (!shown) return children
  return (
    <Suspense fallback={children}>
      <SchemeTooltip label={label}>{children}</SchemeTooltip>
    </Suspense>
  )
}

/** Light, dark or the system's setting, as icons in a wide header (the phone's account menu has ColorSchemeMenuItems). */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const [tips, setTips] = useState(false)
  return (
    <SegmentedControl
      aria-label="Color scheme"
      size="xs"
      value={colorScheme}
      onPointerEnter={() => setTips(true)}
      data={colorSchemeOptions.map(({ value, label, icon: Icon }) => ({
        value,
        label: (
          <Tip label={label} shown={tips}>
            <Center>
              <Icon size={16} stroke={1.5} aria-hidden />
              <VisuallyHidden>{label}</VisuallyHidden>
            </Center>
          </Tip>
        ),
      }))}
      onChange={(value) => {
        if (isColorScheme(value)) setColorScheme(value)
      }}
    />
  )
}
