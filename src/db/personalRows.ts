/**
 * What a person keeps per source besides the mirrored events: the watchlist and the rows of the
 * `personal` table. Never touched by a sync, a reconcile or "Re-download everything".
 */

export interface WatchlistRow {
  eventId: number;
  addedAtMs: number;
}

/** Reminder choices (see src/features/reminders/utils/planReminders.ts). */
export interface ReminderSettingsRow {
  key: 'reminders';
  leadMinutes: number;
  webcastLive: boolean;
  presetTypeIds: number[];
}

/** Reminders already shown, so none comes twice, from this tab or another, before or after a reload. */
export interface ShownRemindersRow {
  key: 'shownReminders';
  /** Reminder key → epoch ms it was shown. */
  shown: Record<string, number>;
}

/** When the person last opened the app: "New" and "Changed" marks are relative to it. */
export interface VisitRow {
  key: 'visit';
  lastVisitMs: number;
}

/**
 * The last periodic background sync the service worker ran (decision 028), so Settings can say
 * whether the browser wakes the app at all, and what the last wake cost and told.
 */
export interface BackgroundCheckRow {
  key: 'backgroundCheck';
  atMs: number;
  /** HTTP requests it sent (at most one). */
  requests: number;
  /** Notifications it showed. */
  notices: number;
}

export type PersonalRow = ReminderSettingsRow | ShownRemindersRow | VisitRow | BackgroundCheckRow;
