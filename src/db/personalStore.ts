import type {
  BackgroundCheckRow,
  PersonalRow,
  ReminderSettingsRow,
  ShownRemindersRow,
  VisitRow,
  WatchlistRow,
} from './personalRows.ts';
import type { SourceDatabase } from './sourceDatabase.ts';
import { watchLaterChanges } from './watchLaterChanges.ts';

/*
 * The person's own data of a source: watchlist, reminder choices, reminders shown, last visit,
 * the last background check made for them.
 * Each write is one small transaction; interrupted, it did not happen, and retrying is harmless
 * (puts and deletes by key).
 */

export async function loadWatchlist(db: SourceDatabase): Promise<WatchlistRow[]> {
  return db.watchlist.toArray();
}

/** Stars or unstars an event. Idempotent: starring twice keeps the first time it was starred. */
export async function setWatched(
  db: SourceDatabase,
  eventId: number,
  watched: boolean,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.watchlist, async () => {
    if (!watched) await db.watchlist.delete(eventId);
    else if ((await db.watchlist.get(eventId)) === undefined) {
      await db.watchlist.put({ eventId, addedAtMs: now });
    }
  });
}

async function personalRow<K extends PersonalRow['key']>(db: SourceDatabase, key: K) {
  return (await db.personal.get(key)) as Extract<PersonalRow, { key: K }> | undefined;
}

export async function loadReminderSettings(
  db: SourceDatabase,
): Promise<ReminderSettingsRow | undefined> {
  return personalRow(db, 'reminders');
}

/** Saves the reminder choices whole (the UI merges a patch into what it shows). */
export async function saveReminderSettings(
  db: SourceDatabase,
  settings: Omit<ReminderSettingsRow, 'key'>,
): Promise<void> {
  await db.personal.put({ ...settings, key: 'reminders' });
}

export async function loadShownReminders(db: SourceDatabase): Promise<Record<string, number>> {
  return (await personalRow(db, 'shownReminders'))?.shown ?? {};
}

/** Keys of reminders older than this are forgotten: their events are long over. */
const SHOWN_REMINDER_RETENTION_MS = 60 * 86_400_000;

/**
 * Records reminders as shown. Read-modify-write in one transaction, so two tabs showing
 * different reminders at once both get recorded.
 */
export async function markRemindersShown(
  db: SourceDatabase,
  keys: readonly string[],
  now: number,
): Promise<void> {
  if (keys.length === 0) return;
  await db.transaction('rw', db.personal, async () => {
    const shown: Record<string, number> = {};
    for (const [key, at] of Object.entries(await loadShownReminders(db))) {
      if (now - at < SHOWN_REMINDER_RETENTION_MS) shown[key] = at;
    }
    for (const key of keys) shown[key] = now;
    const row: ShownRemindersRow = { key: 'shownReminders', shown };
    await db.personal.put(row);
  });
}

export async function loadBackgroundCheck(
  db: SourceDatabase,
): Promise<BackgroundCheckRow | undefined> {
  return personalRow(db, 'backgroundCheck');
}

/** Records the periodic background sync just run (replacing the one before). */
export async function recordBackgroundCheck(
  db: SourceDatabase,
  check: Omit<BackgroundCheckRow, 'key'>,
): Promise<void> {
  await db.personal.put({ ...check, key: 'backgroundCheck' });
}

/**
 * Starts a visit: returns when the previous one began (null on the first ever) and stores now.
 * Marks of "New" and "Changed" compare against the returned instant for the whole visit.
 */
export async function beginVisit(db: SourceDatabase, now: number): Promise<number | null> {
  return db.transaction('rw', db.personal, async () => {
    const previous = (await personalRow(db, 'visit'))?.lastVisitMs ?? null;
    const row: VisitRow = { key: 'visit', lastVisitMs: now };
    await db.personal.put(row);
    return previous;
  });
}

/**
 * Calls `onChange` after the watchlist or the personal rows change, in this tab or another, so
 * every open tab shows the same stars and plans the same reminders. Returns the unsubscribe.
 */
export function watchPersonalData(db: SourceDatabase, onChange: () => void): () => void {
  return watchLaterChanges(
    () => Promise.all([db.watchlist.toArray(), db.personal.toArray()]),
    onChange,
  );
}
