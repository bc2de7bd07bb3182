// The toasts' container and its styles: loaded after the first paint (see app.tsx). A
// notification shown before it arrives waits in @mantine/notifications' store and appears
// once the container mounts.
import '@mantine/core/styles/Notification.css'
import '@mantine/notifications/styles.css'
import { Notifications } from '@mantine/notifications'

export default function NotificationsContainer() {
  return <Notifications />
}
