import { queryOptions } from '@tanstack/react-query';
import {
  loadBackgroundCheck,
  loadReminderSettings,
  loadShownReminders,
} from '../../../db/personalStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { personalKeys } from '../../../ui/queries/personalQueries.ts';

/*
 * The reminders' own reads. Their keys lie under the person's data (`personalKeys`), which the
 * app's one follower of personal writes invalidates for every tab.
 */

export function reminderSettingsQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: personalKeys.reminders(db.apiBaseUrl),
    queryFn: async () => (await loadReminderSettings(db)) ?? null,
    networkMode: 'always',
    staleTime: Infinity,
  });
}

export function shownRemindersQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: personalKeys.shownReminders(db.apiBaseUrl),
    queryFn: () => loadShownReminders(db),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

/** The last periodic background sync the service worker ran (null: none yet). */
export function backgroundCheckQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: personalKeys.backgroundCheck(db.apiBaseUrl),
    queryFn: async () => (await loadBackgroundCheck(db)) ?? null,
    networkMode: 'always',
    staleTime: Infinity,
  });
}
