import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { markRemindersShown } from '../../../db/personalStore.ts';
import { eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { watchlistQuery } from '../../../ui/queries/personalQueries.ts';
import { shownRemindersQuery } from '../queries/reminderQueries.ts';
import { useReminderSettings } from '../hooks/useReminderSettings.ts';
import { countWatchedWithinDay } from '../utils/backgroundNotices.ts';
import { keepBackgroundSync, showAppBadge } from '../utils/backgroundSync.ts';
import {
  NOTIFICATION_PERMISSION_CHANGED,
  notificationPermission,
  showReminderNotification,
} from '../utils/notifications.ts';
import {
  createReminderScheduler,
  realClock,
  type ReminderScheduler,
} from '../utils/reminderScheduler.ts';

/**
 * Runs the reminders while the app is open (rendered once, in the layout; renders nothing). It
 * plans from what is stored — events, stars, choices, reminders already shown — so it works
 * offline and follows every sync: a date that moves moves its reminder.
 */
export function ReminderRunner() {
  const { db } = useSource();
  const navigate = useNavigate();
  const watchlist = useQuery(watchlistQuery(db)).data;
  const shown = useQuery(shownRemindersQuery(db)).data;
  const { settings } = useReminderSettings();
  // Nothing starred and no type chosen: nothing to remind of, so the stored events (100,000 of
  // them can hold 100 MB) are not read on every page.
  const remindsOf = (watchlist?.length ?? 0) > 0 || settings.presetTypeIds.length > 0;
  const summaries = useQuery({ ...eventSummariesQuery(db), enabled: remindsOf }).data;
  const [permissionChanges, setPermissionChanges] = useState(0);
  const scheduler = useRef<ReminderScheduler | null>(null);

  useEffect(() => {
    const created = createReminderScheduler({
      clock: realClock,
      show: (reminder) =>
        showReminderNotification(reminder, (path) => {
          void navigate(path);
        }),
      markShown: (keys) => {
        // A failed write (full disk) only means the reminder may come once more after a reload.
        markRemindersShown(db, keys, Date.now()).catch(() => undefined);
      },
    });
    scheduler.current = created;
    return () => {
      created.stop();
      scheduler.current = null;
    };
  }, [db, navigate]);

  useEffect(() => {
    const follow = () => {
      setPermissionChanges((count) => count + 1);
    };
    window.addEventListener(NOTIFICATION_PERMISSION_CHANGED, follow);
    return () => {
      window.removeEventListener(NOTIFICATION_PERMISSION_CHANGED, follow);
    };
  }, []);

  const watchedIds = useMemo(() => new Set(watchlist), [watchlist]);
  const shownKeys = useMemo(() => new Set(Object.keys(shown ?? {})), [shown]);
  useEffect(() => {
    const events = remindsOf ? summaries : [];
    if (events === undefined || watchlist === undefined || shown === undefined) return;
    scheduler.current?.update({ events, watchedIds, settings, shown: shownKeys });
  }, [
    remindsOf,
    summaries,
    watchlist,
    shown,
    watchedIds,
    shownKeys,
    settings,
    permissionChanges,
    db,
    navigate,
  ]);

  // With the app closed, the service worker syncs and reminds (decision 028): wanted while there is
  // something to be reminded of and notifications are allowed.
  useEffect(() => {
    void keepBackgroundSync(remindsOf && notificationPermission() === 'granted');
  }, [remindsOf, permissionChanges]);

  // The app icon's badge: watched events in the next 24 hours, recounted as time passes.
  const [badgeTick, setBadgeTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setBadgeTick((tick) => tick + 1);
    }, BADGE_RECOUNT_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    const events = remindsOf ? summaries : [];
    if (events === undefined || watchlist === undefined) return;
    void showAppBadge(countWatchedWithinDay(events, watchedIds, Date.now()));
  }, [remindsOf, summaries, watchlist, watchedIds, badgeTick]);

  return null;
}

const BADGE_RECOUNT_MS = 15 * 60_000;
