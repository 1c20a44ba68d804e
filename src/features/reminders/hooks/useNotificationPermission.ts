import { useCallback, useEffect, useState } from 'react';
import {
  NOTIFICATION_PERMISSION_CHANGED,
  notificationPermission,
  requestNotificationPermission,
  type NotificationPermissionState,
} from '../utils/notifications.ts';

/** The notification permission, and the request that only a click may make. */
export function useNotificationPermission(): {
  permission: NotificationPermissionState;
  request: () => Promise<void>;
} {
  const [permission, setPermission] = useState(notificationPermission);
  useEffect(() => {
    const follow = () => {
      setPermission(notificationPermission());
    };
    window.addEventListener(NOTIFICATION_PERMISSION_CHANGED, follow);
    return () => {
      window.removeEventListener(NOTIFICATION_PERMISSION_CHANGED, follow);
    };
  }, []);
  const request = useCallback(async () => {
    setPermission(await requestNotificationPermission());
  }, []);
  return { permission, request };
}
