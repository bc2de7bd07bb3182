// The styles of the components only the release page's own parts use (the field operations
// editor's MultiSelect pills); src/styles.ts holds the shared ones, imported first.
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Checkbox.css'
import '@mantine/core/styles/Pill.css'
import '@mantine/core/styles/PillsInput.css'
