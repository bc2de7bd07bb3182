// The styles of the checkbox column, which the releases list shows admins on its first paint.
// The dialog's (Modal, MultiSelect's pills) load with the dialog (./assignment-styles, imported by it).
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
