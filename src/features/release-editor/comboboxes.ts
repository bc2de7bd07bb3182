// Mantine's comboboxes (the Type select, the Place autocomplete, the pickers' multi-select), with
// their popover, positioning, scroll area and focus trap, in a chunk of their own: the editor's
// first load holds only their stand-ins (combobox-stand-ins.tsx, picker-stand-in.tsx), and the
// chunk is fetched when the page is idle.
export { Autocomplete, MultiSelect, Select } from '@mantine/core'
