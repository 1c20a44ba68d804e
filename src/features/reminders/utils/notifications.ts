import { appPath } from '../../../lib/appBase.ts';
import type { PlannedReminder } from './planReminders.ts';

export type NotificationPermissionState = 'unsupported' | NotificationPermission;

/** Dispatched on `window` after a permission request, so every part of the app re-reads it. */
export const NOTIFICATION_PERMISSION_CHANGED = 'rendezvous:notification-permission';

function notificationApi(): typeof Notification | null {
  return typeof Notification === 'undefined' ? null : Notification;
}

export function notificationPermission(): NotificationPermissionState {
  return notificationApi()?.permission ?? 'unsupported';
}

/**
 * Asks for permission. Call it only from a click handler: browsers ignore (or penalise) prompts
 * that the person did not ask for, and the issue asks for permission only on the user's action.
 */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  const api = notificationApi();
  if (api === null) return 'unsupported';
  if (api.permission !== 'default') return api.permission;
  const permission = await api.requestPermission();
  window.dispatchEvent(new Event(NOTIFICATION_PERMISSION_CHANGED));
  return permission;
}

/**
 * Shows one reminder; false when notifications are not allowed (the scheduler then keeps it
 * pending instead of marking it shown). `open` navigates the app to the event when it is clicked.
 */
export function showReminderNotification(
  reminder: PlannedReminder,
  open: (path: string) => void,
): boolean {
  const api = notificationApi();
  if (api?.permission !== 'granted') return false;
  const options: NotificationOptions = {
    body: reminder.body,
    tag: reminder.key,
    icon: appPath('icons/icon-192.png'),
  };
  try {
    const notification = new api(reminder.title, options);
    notification.onclick = () => {
      window.focus();
      open(reminder.path);
      notification.close();
    };
    return true;
  } catch {
    // Android's Chrome has no Notification constructor in pages: only a service worker may show one.
    // (`serviceWorker` is missing outside secure contexts, whatever the DOM types say.)
    if (!('serviceWorker' in navigator)) return false;
    void navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration?.showNotification(reminder.title, options))
      .catch(() => undefined);
    return true;
  }
}
