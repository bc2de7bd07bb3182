// The styles of the components only the release page's workflow uses, loaded with that
// page rather than by every page (src/styles.ts holds the shared ones, imported first).
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Overlay.css'
import '@mantine/core/styles/Modal.css'
import '@mantine/core/styles/InlineInput.css'
import '@mantine/core/styles/Radio.css'
import '@mantine/core/styles/Timeline.css'
import '@mantine/dates/styles.css'
