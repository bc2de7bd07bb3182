// The styles of Modal, which the reference-data forms and dialogs use; loaded with them
// rather than by every page (src/styles.ts holds the shared ones, imported first).
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Overlay.css'
import '@mantine/core/styles/Modal.css'
