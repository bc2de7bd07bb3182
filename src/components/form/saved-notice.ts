import { notifications } from '@mantine/notifications'

/**
 * A short confirmation after a reference write ("Saved Albania", "Deleted Atlantis"). A status,
 * not an alert: a screen reader reads it when it is idle, and the focus stays where it was.
 */
export function showSavedNotice(message: string) {
  notifications.show({ message, color: 'green', role: 'status', autoClose: 4000 })
}
