import { chosenApiBaseUrl } from '../../../api/baseUrl.ts';
import { createLl2Client } from '../../../api/client.ts';
import type { FetchImpl } from '../../../api/http.ts';
import { loadChangesSince } from '../../../db/eventChangeStore.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { getStoredSummaries, loadSummariesDatedBetween } from '../../../db/eventReads.ts';
import {
  loadReminderSettings,
  loadShownReminders,
  loadWatchlist,
  markRemindersShown,
  recordBackgroundCheck,
} from '../../../db/personalStore.ts';
import { readSettings, type SettingsDatabase } from '../../../db/settings.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { readSyncProgress } from '../../../db/syncStateStore.ts';
import {
  backgroundNotices,
  countWatchedWithinDay,
  type BackgroundNotice,
} from './backgroundNotices.ts';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './planReminders.ts';
import { systemClock, type Clock } from '../../../sync/clock.ts';
import { runSync, type SyncOutcome } from '../../../sync/runSync.ts';
import { SCHEDULED_RESERVE } from '../../../sync/syncController.ts';
import { syncLockName, type SyncLock } from '../../../sync/syncLock.ts';

/** The requests one periodic sync may send: one page of the delta walk, nothing else. */
export const PERIODIC_SYNC_REQUESTS = 1;

export interface PeriodicSyncOptions {
  /** Where the app keeps the chosen source and token (the service worker has no localStorage). */
  settingsDb: SettingsDatabase;
  openSourceDatabase: (apiBaseUrl: string) => SourceDatabase;
  /** The app's origin: a source given as a path is on it. */
  origin: string;
  /** The lock every tab's sync engine takes (Web Locks in the service worker too). */
  lock: SyncLock;
  /** Shows one notice; false when it could not (no permission), so it is not marked shown. */
  show: (notice: BackgroundNotice) => Promise<boolean>;
  /** Sets the app icon's badge (0 clears it), where the browser has one. */
  setBadge?: (count: number) => Promise<void>;
  fetchImpl?: FetchImpl;
  clock?: Clock;
  signal?: AbortSignal;
}

export type PeriodicSyncResult =
  /** The archive is not mirrored yet: the first download is the open app's work. */
  | { status: 'not-mirrored' }
  /** A tab (or another worker) holds the sync lock: it syncs and reminds, this run does nothing. */
  | { status: 'busy' }
  | { status: 'ran'; outcome: SyncOutcome; notices: string[]; badge: number };

/**
 * One periodic background sync (decision 028), run by the service worker with the app closed:
 * under the same Web Lock as the app's sync engine, one delta request within the same shared
 * budget (runSync with a request limit, keeping the scheduler's reserve), which records changes as
 * every sync does; then a notice for each watched event whose date moved or that now starts
 * within the person's lead time, and the app badge.
 */
export async function runPeriodicSync(options: PeriodicSyncOptions): Promise<PeriodicSyncResult> {
  const clock = options.clock ?? systemClock;
  const settings = await readSettings(options.settingsDb);
  const apiBaseUrl = chosenApiBaseUrl(settings.apiUrl, options.origin);
  const db = options.openSourceDatabase(apiBaseUrl);
  if ((await readSyncProgress(db)).fullSyncCompletedAt === null) return { status: 'not-mirrored' };

  const held = await options.lock.runExclusive(syncLockName(apiBaseUrl), async () => {
    const startedAt = clock.now();
    const client = createLl2Client({
      baseUrl: apiBaseUrl,
      token: settings.apiToken,
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    });
    const outcome = await runSync({
      client,
      db,
      clock,
      signal: options.signal ?? new AbortController().signal,
      reserve: SCHEDULED_RESERVE,
      requestLimit: PERIODIC_SYNC_REQUESTS,
    });
    const now = clock.now();
    const [watchlist, reminderRow, shown, changes] = await Promise.all([
      loadWatchlist(db),
      loadReminderSettings(db),
      loadShownReminders(db),
      loadChangesSince(db, startedAt),
    ]);
    const reminders: ReminderSettings = reminderRow
      ? {
          leadMinutes: reminderRow.leadMinutes,
          webcastLive: reminderRow.webcastLive,
          presetTypeIds: reminderRow.presetTypeIds,
        }
      : DEFAULT_REMINDER_SETTINGS;
    const watchedIds = new Set(watchlist.map((row) => row.eventId));
    const events = await eventsToConsider(db, watchedIds, reminders, now);
    const notices = backgroundNotices({
      events,
      changes,
      watchedIds,
      settings: reminders,
      shown: new Set(Object.keys(shown)),
      timeZone: settings.timeZone,
      now,
    });
    const shownKeys: string[] = [];
    for (const notice of notices) {
      if (await options.show(notice)) shownKeys.push(notice.key);
    }
    await markRemindersShown(db, shownKeys, now);
    const badge = countWatchedWithinDay(events, watchedIds, now);
    await options.setBadge?.(badge).catch(() => undefined);
    await recordBackgroundCheck(db, {
      atMs: clock.now(),
      requests: outcome.requests,
      notices: shownKeys.length,
    });
    return { outcome, notices: shownKeys, badge };
  });
  if (!held.acquired) return { status: 'busy' };
  return { status: 'ran', ...held.value };
}

/** The watched events, and the events of the reminded types that start within the lead time. */
async function eventsToConsider(
  db: SourceDatabase,
  watchedIds: ReadonlySet<number>,
  reminders: ReminderSettings,
  now: number,
): Promise<EventSummary[]> {
  const watched = await getStoredSummaries(db, watchedIds);
  const soon = await loadSummariesDatedBetween(db, now, now + reminders.leadMinutes * 60_000);
  const ids = new Set(watched.map((event) => event.id));
  return [...watched, ...soon.filter((event) => !ids.has(event.id))];
}
