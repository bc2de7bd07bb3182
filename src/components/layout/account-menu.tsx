import '@mantine/core/styles/Menu.css'
import { Menu, useMantineColorScheme, VisuallyHidden } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useSignOut } from '../../lib/auth/use-sign-out'
import { AccountButton } from './account-button'
import { colorSchemeOptions, isColorScheme } from './color-scheme-control'

/** The same three choices as the header's control, inside the menu; choosing keeps the menu open. */
function ColorSchemeMenuItems() {
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
        {colorSchemeOptions.map(({ value, label, icon: Icon }) => (
          <Menu.RadioItem key={value} value={value} rightSection={<Icon size={16} stroke={1.5} aria-hidden />}>
            {label}
          </Menu.RadioItem>
        ))}
      </Menu.RadioGroup>
    </>
  )
}

/**
 * The phone's account menu: the name, the color scheme and Sign out. Loaded on the first press of
 * its button (user-menu.tsx), it mounts in place of that button and opens: focus first goes to
 * its own button, so that closing the menu brings focus back there.
 */
export default function AccountMenu({ name }: { name: string }) {
  const signOut = useSignOut()
  const target = useRef<HTMLButtonElement>(null)
  const [opened, setOpened] = useState(false)
  useEffect(() => {
    target.current?.focus()
    // Opened after mounting, not mounted open: Mantine notes where focus was (to bring it back on
    // closing) only when `opened` changes.
    // oxlint-disable-next-line react/set-state-in-effect
    setOpened(true)
  }, [])
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false} opened={opened} onChange={setOpened}>
      <Menu.Target>
        <AccountButton ref={target} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <VisuallyHidden>Signed in as </VisuallyHidden>
          <bdi>{name}</bdi>
        </Menu.Label>
        <Menu.Divider />
        <ColorSchemeMenuItems />
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
