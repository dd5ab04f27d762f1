import { Notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.css';

/** Mantine's notifications container, a chunk of its own (see lazy-notifications.tsx). */
export function NotificationsContainer() {
  return <Notifications position="top-right" />;
}
