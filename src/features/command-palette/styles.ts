// Spotlight is a modal: its styles and the modal's load with the palette, on the first Ctrl+K.
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Overlay.css'
import '@mantine/core/styles/Modal.css'
import '@mantine/spotlight/styles.css'
import './palette.css'
