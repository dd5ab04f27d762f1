import { useNotifications } from '@mantine/notifications';
import { useState } from 'react';
import { lazyComponent } from '../../lib/lazy-component.tsx';

// Its own module: importing '@mantine/notifications' here would make the package's entry,
// which the pages import for `notifications.show`, a lazy chunk they load at once.
const NotificationsContainer = lazyComponent(async () => (await import('./notifications-container.tsx')).NotificationsContainer);

/**
 * Mantine's notifications, mounted when the first one is shown: their container, its
 * transitions and scroll lock (about 8 kB) are not part of opening a page (the login page
 * never shows one). `notifications.show` works before that; the container shows what is
 * queued when it mounts.
 */
export function LazyNotifications() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? <NotificationsContainer /> : null;
}
