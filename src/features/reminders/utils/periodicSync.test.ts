import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundNotice } from './backgroundNotices.ts';
import {
  loadBackgroundCheck,
  loadShownReminders,
  saveReminderSettings,
  setWatched,
} from '../../../db/personalStore.ts';
import { SettingsDatabase, updateSettings } from '../../../db/settings.ts';
import { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { updateBudgetLedger } from '../../../db/syncStateStore.ts';
import { formatEventDate } from '../../../ui/events/formatEventDate.ts';
import { runPeriodicSync, type PeriodicSyncOptions } from './periodicSync.ts';
import { createInMemoryLock, syncLockName, type SyncLock } from '../../../sync/syncLock.ts';
import { sampleServerPerTest, syncUnmetered } from '../../../sync/testing/sampleSyncHarness.ts';

const sample = sampleServerPerTest({ size: 120 });
const ORIGIN = 'https://rendezvous.example';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

let settingsDb: SettingsDatabase;
let db: SourceDatabase;
let shown: BackgroundNotice[];
let badges: number[];

beforeEach(async () => {
  settingsDb = new SettingsDatabase();
  // The source the person chose, as the Settings page stores it.
  await updateSettings({ apiUrl: sample.server.baseUrl }, settingsDb);
  db = new SourceDatabase(sample.server.baseUrl);
  shown = [];
  badges = [];
});

afterEach(async () => {
  await settingsDb.delete();
  await db.delete();
});

function periodicSync(overrides: Partial<PeriodicSyncOptions> = {}) {
  return runPeriodicSync({
    settingsDb,
    openSourceDatabase: () => db,
    origin: ORIGIN,
    lock: createInMemoryLock(),
    clock: sample.clock,
    show: (notice) => {
      shown.push(notice);
      return Promise.resolve(true);
    },
    setBadge: (count) => {
      badges.push(count);
      return Promise.resolve();
    },
    ...overrides,
  });
}

function eventRequests(): number {
  return sample.server.api.requestLog.filter((entry) => entry.path.includes('/events')).length;
}

/** The whole archive mirrored, as the open app leaves it. */
async function mirror(): Promise<void> {
  const outcome = await syncUnmetered(sample, db);
  expect(outcome.status).toBe('up-to-date');
}

/** An exactly dated event starting `inMs` from the test clock's now. */
function exactEventIn(fromMs: number, toMs: number) {
  const now = sample.clock.now();
  const event = sample.server.data
    .events()
    .find(
      (candidate) =>
        candidate.date !== null &&
        Date.parse(candidate.date) > now + fromMs &&
        Date.parse(candidate.date) < now + toMs,
    );
  if (event?.date == null) throw new Error('The sample data has no event in that range');
  return { ...event, date: event.date };
}

describe('runPeriodicSync', () => {
  it('does nothing before the archive is mirrored: the first download is the open app’s', async () => {
    expect(await periodicSync()).toEqual({ status: 'not-mirrored' });
    expect(sample.server.api.requestLog).toHaveLength(0);
    expect(await loadBackgroundCheck(db)).toBeUndefined();
  });

  it('sends one request, records the moved date and notifies about the watched event', async () => {
    await mirror();
    const event = exactEventIn(7 * DAY_MS, 300 * DAY_MS);
    await setWatched(db, event.id, true, sample.clock.now());
    const before = sample.server.api.requestLog.length;
    sample.clock.advance(HOUR_MS);
    sample.server.data.edit(event.id, {
      date: new Date(Date.parse(event.date) + 2 * DAY_MS).toISOString(),
    });

    const result = await periodicSync();

    expect(sample.server.api.requestLog.length - before).toBe(1);
    if (result.status !== 'ran') throw new Error(`expected a run, got ${result.status}`);
    expect(result.outcome.requests).toBe(1);
    expect(result.outcome.status).toBe('up-to-date');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.eventId).toBe(event.id);
    expect(shown[0]?.body).toBe(
      `Date moved: now ${formatEventDate(Date.parse(event.date) + 2 * DAY_MS, 1, { timeZone: 'local', now: sample.clock.now() })}`,
    );
    // Marked shown: the next periodic sync does not notify about the same move again.
    expect(Object.keys(await loadShownReminders(db))).toEqual([shown[0]?.key]);
    // Settings can say when the browser last woke the app, and what that cost and told.
    expect(await loadBackgroundCheck(db)).toEqual({
      key: 'backgroundCheck',
      atMs: sample.clock.now(),
      requests: 1,
      notices: 1,
    });
    sample.clock.advance(HOUR_MS);
    await periodicSync();
    expect(shown).toHaveLength(1);
    expect(await loadBackgroundCheck(db)).toEqual({
      key: 'backgroundCheck',
      atMs: sample.clock.now(),
      requests: 1,
      notices: 0,
    });
  });

  it('stops after one request even when more pages changed, and resumes next time', async () => {
    await mirror();
    // More changes than one page holds (the walk's pages are 100 records).
    for (const event of sample.server.data.events().slice(0, 110)) {
      sample.server.data.edit(event.id, { name: `${event.name} (renamed)` });
    }
    sample.clock.advance(HOUR_MS);
    const before = eventRequests();
    const result = await periodicSync();
    expect(eventRequests() - before).toBe(1);
    expect(result.status === 'ran' && result.outcome.requests).toBe(1);
    // The cursor was stored with the page: the next periodic sync takes the rest, one request again.
    await periodicSync();
    expect(eventRequests() - before).toBe(2);
    const renamed = await db.events.filter((event) => event.name.endsWith('(renamed)')).count();
    expect(renamed).toBe(110);
  });

  it('sends nothing when the shared budget has no request above the scheduler’s reserve', async () => {
    await mirror();
    const now = sample.clock.now();
    // What the server last said: 3 an hour, 1 used; the reserve of 2 keeps the rest for the person.
    await updateBudgetLedger(db, (ledger) => ({
      ...ledger,
      server: { limit: 3, windowMs: HOUR_MS, used: 1, observedAt: now },
    }));
    const before = sample.server.api.requestLog.length;
    const result = await periodicSync();
    expect(sample.server.api.requestLog.length).toBe(before);
    expect(result.status === 'ran' && result.outcome.status).toBe('budget-exhausted');
  });

  it('skips, sending nothing, while a tab holds the sync lock', async () => {
    await mirror();
    const lock: SyncLock = createInMemoryLock();
    const before = sample.server.api.requestLog.length;
    let result: Awaited<ReturnType<typeof periodicSync>> | null = null;
    await lock.runExclusive(syncLockName(sample.server.baseUrl), async () => {
      result = await periodicSync({ lock });
    });
    expect(result).toEqual({ status: 'busy' });
    expect(sample.server.api.requestLog.length).toBe(before);
    expect(shown).toHaveLength(0);
  });

  it('reminds of a watched event now within the lead time, and badges the next day’s watched events', async () => {
    await mirror();
    const soon = exactEventIn(10 * 60_000, 20 * HOUR_MS);
    const unwatched = sample.server.data
      .events()
      .filter((candidate) => candidate.id !== soon.id)
      .find((candidate) => candidate.date !== null);
    await setWatched(db, soon.id, true, sample.clock.now());
    const leadMinutes = Math.ceil((Date.parse(soon.date) - sample.clock.now()) / 60_000) + 5;
    await saveReminderSettings(db, { leadMinutes, webcastLive: false, presetTypeIds: [] });

    const result = await periodicSync();

    expect(shown.map((notice) => notice.eventId)).toEqual([soon.id]);
    expect(shown[0]?.key).toBe(`${soon.id}:starts-soon:${Date.parse(soon.date)}:${leadMinutes}`);
    expect(unwatched && shown.some((notice) => notice.eventId === unwatched.id)).toBe(false);
    expect(result.status === 'ran' && result.badge).toBe(1);
    expect(badges).toEqual([1]);
  });

  it('keeps a notice it could not show (no permission) for a later run', async () => {
    await mirror();
    const soon = exactEventIn(10 * 60_000, 20 * HOUR_MS);
    await setWatched(db, soon.id, true, sample.clock.now());
    await saveReminderSettings(db, { leadMinutes: 24 * 60, webcastLive: false, presetTypeIds: [] });
    await periodicSync({ show: () => Promise.resolve(false) });
    expect(await loadShownReminders(db)).toEqual({});
    await periodicSync();
    expect(shown.map((notice) => notice.eventId)).toEqual([soon.id]);
  });
});
