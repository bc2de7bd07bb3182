import { type MantineColorScheme, useMantineColorScheme, VisuallyHidden } from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun, type TablerIcon } from '@tabler/icons-react'
import { lazy, type ReactElement, Suspense, useId, useState } from 'react'
import classes from './color-scheme-control.module.css'

export const colorSchemeOptions: { value: MantineColorScheme; label: string; icon: TablerIcon }[] = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'System', icon: IconDeviceDesktop },
]

export const isColorScheme = (value: string): value is MantineColorScheme =>
  colorSchemeOptions.some((option) => option.value === value)

// The tooltips (Mantine's Tooltip, its styles and positioning) load when a pointer first comes
// over the control, not with every page: the icons' names are in the page already (visually hidden).
const SchemeTooltip = lazy(() => import('./scheme-tooltip'))

function Tip({ label, shown, children }: { label: string; shown: boolean; children: ReactElement }) {
  if (!shown) return children
  return (
    <Suspense fallback={children}>
      <SchemeTooltip label={label}>{children}</SchemeTooltip>
    </Suspense>
  )
}

/**
 * Light, dark or the system's setting, as icons in a wide header (the phone's account menu has
 * ColorSchemeMenuItems). Native radios, so the arrow keys move between them; styled to look like
 * Mantine's SegmentedControl, which measured the page after every render to place its indicator.
 */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const [tips, setTips] = useState(false)
  const name = useId()
  return (
    <div role="radiogroup" aria-label="Color scheme" className={classes.root} onPointerEnter={() => setTips(true)}>
      {colorSchemeOptions.map(({ value, label, icon: Icon }) => (
        <label key={value} className={classes.item}>
          <input
            type="radio"
            className={classes.input}
            name={name}
            value={value}
            checked={colorScheme === value}
            onChange={() => setColorScheme(value)}
          />
          {/* The tooltip's target is the face, not the label: loading it must not remount the radio (focus). */}
          <Tip label={label} shown={tips}>
            <span className={classes.face}>
              <Icon size={16} stroke={1.5} aria-hidden />
              <span className={VisuallyHidden.classes.root}>{label}</span>
            </span>
          </Tip>
        </label>
      ))}
    </div>
  )
}
