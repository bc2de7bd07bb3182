// The styles of the components only the editor uses, loaded with the editor's route
// rather than by every page (src/styles.ts holds the shared ones, imported first).
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Overlay.css'
import '@mantine/core/styles/Modal.css'
import '@mantine/core/styles/Pill.css'
import '@mantine/core/styles/PillsInput.css'
import '@mantine/core/styles/List.css'
import '@mantine/core/styles/Blockquote.css'
