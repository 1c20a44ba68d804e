import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  beginVisit,
  loadReminderSettings,
  loadShownReminders,
  loadWatchlist,
  markRemindersShown,
  saveReminderSettings,
  setWatched,
  watchPersonalData,
} from './personalStore.ts';
import { SourceDatabase } from './sourceDatabase.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const DAY = 86_400_000;

let db: SourceDatabase;

beforeEach(() => {
  db = new SourceDatabase('https://personal.test/2.3.0');
});

afterEach(async () => {
  await db.delete();
});

describe('personal data of a source', () => {
  it('stars and unstars events, keeping the first star time', async () => {
    await setWatched(db, 1, true, T0);
    await setWatched(db, 2, true, T0 + 1);
    await setWatched(db, 1, true, T0 + 2);
    await setWatched(db, 2, false, T0 + 3);
    expect(await loadWatchlist(db)).toEqual([{ eventId: 1, addedAtMs: T0 }]);
  });

  it('saves reminder settings', async () => {
    expect(await loadReminderSettings(db)).toBeUndefined();
    await saveReminderSettings(db, { leadMinutes: 30, webcastLive: false, presetTypeIds: [2] });
    expect(await loadReminderSettings(db)).toEqual({
      key: 'reminders',
      leadMinutes: 30,
      webcastLive: false,
      presetTypeIds: [2],
    });
  });

  it('remembers shown reminders and forgets very old ones', async () => {
    await markRemindersShown(db, ['a'], T0);
    await markRemindersShown(db, ['b'], T0 + DAY);
    expect(await loadShownReminders(db)).toEqual({ a: T0, b: T0 + DAY });
    await markRemindersShown(db, ['c'], T0 + 60 * DAY + 1);
    expect(Object.keys(await loadShownReminders(db)).sort()).toEqual(['b', 'c']);
  });

  it('starts a visit by returning the previous one', async () => {
    expect(await beginVisit(db, T0)).toBeNull();
    expect(await beginVisit(db, T0 + DAY)).toBe(T0);
  });

  it('tells watchers about changes, not about subscribing', async () => {
    let calls = 0;
    const stop = watchPersonalData(db, () => {
      calls += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(0);
    await setWatched(db, 5, true, T0);
    await expect.poll(() => calls).toBeGreaterThan(0);
    stop();
  });
});
