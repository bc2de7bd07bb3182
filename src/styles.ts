// Mantine's base styles, then the components the app shell and the releases list and editor
// show on their first paint. Components only other pages (or dialogs, the date picker, the
// toasts) use import their styles beside the code that renders them, so Vite puts those
// rules in that code's lazily loaded chunk (docs/decisions/0009-first-load-budget.md).
// No default-css-variables.css: MantineProvider writes every theme variable itself
// (deduplicateCssVariables={false} in app.tsx), from the theme its code already holds,
// rather than the browser downloading 4 kB (gzip) of the same variables.
// Order matters: the building blocks (UnstyledButton, Paper, Input…) come before the
// components made of them, or their resets would override the components' own styles.
import '@mantine/core/styles/baseline.css'
import '@mantine/core/styles/global.css'
import '@mantine/core/styles/UnstyledButton.css'
import '@mantine/core/styles/VisuallyHidden.css'
import '@mantine/core/styles/Paper.css'
import '@mantine/core/styles/Popover.css'
import '@mantine/core/styles/CloseButton.css'
import '@mantine/core/styles/Group.css'
import '@mantine/core/styles/Stack.css'
import '@mantine/core/styles/Loader.css'
import '@mantine/core/styles/Input.css'
import '@mantine/core/styles/ScrollArea.css'
import '@mantine/core/styles/Text.css'
import '@mantine/core/styles/Title.css'
import '@mantine/core/styles/Anchor.css'
import '@mantine/core/styles/Center.css'
import '@mantine/core/styles/SimpleGrid.css'
import '@mantine/core/styles/ActionIcon.css'
import '@mantine/core/styles/Button.css'
import '@mantine/core/styles/Badge.css'
import '@mantine/core/styles/Chip.css'
import '@mantine/core/styles/Burger.css'
import '@mantine/core/styles/Alert.css'
import '@mantine/core/styles/Combobox.css'
import '@mantine/core/styles/NavLink.css'
import '@mantine/core/styles/Pagination.css'
import '@mantine/core/styles/Progress.css'
import '@mantine/core/styles/Table.css'
