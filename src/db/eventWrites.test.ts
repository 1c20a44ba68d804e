import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../api/testing/eventFactory.ts';
import { clearStoredEvents, removeEvents, storeEvent, storeEventsPage } from './eventWrites.ts';
import { loadSummariesDatedBetween } from './eventReads.ts';
import { SourceDatabase, watchSourceWrites } from './sourceDatabase.ts';
import { countStoredEvents, getStoredEvent, loadEventSummaries } from './eventReads.ts';
import { readBudgetLedger, readSyncProgress, updateBudgetLedger } from './syncStateStore.ts';

let databases: SourceDatabase[] = [];
let sequence = 0;

function openDb(url = `https://api.test/${++sequence}/2.3.0`): SourceDatabase {
  const db = new SourceDatabase(url);
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

describe('storeEventsPage', () => {
  it('stores events, their summaries and the cursor in one go', async () => {
    const db = openDb();
    const events = [makeEvent({ id: 1 }), makeEvent({ id: 2, date: null })];
    const cursor = { lastUpdatedGte: '2025-07-05T21:35:13Z', offset: 0 };

    expect(await storeEventsPage(db, events, { cursor })).toBe(2);

    expect(await countStoredEvents(db)).toBe(2);
    expect((await getStoredEvent(db, 1))?.name).toBe(events[0]?.name);
    // The undated event is listed too (it is not in the dateMs index, so lists must not use it).
    expect((await loadEventSummaries(db)).map((summary) => summary.id)).toEqual([1, 2]);
    expect((await readSyncProgress(db)).cursor).toEqual(cursor);
  });

  it('is idempotent: the same page twice stores each event once', async () => {
    const db = openDb();
    const page = [makeEvent({ id: 7 }), makeEvent({ id: 8 })];
    await storeEventsPage(db, page, null);
    await storeEventsPage(db, page, null);
    expect(await countStoredEvents(db)).toBe(2);
    expect(await db.eventSummaries.count()).toBe(2);
  });

  it('does not write an older copy over a newer one, but replaces an equal one', async () => {
    const db = openDb();
    await storeEvent(db, makeEvent({ id: 3, name: 'Newer', last_updated: '2025-07-06T00:00:00Z' }));
    expect(
      await storeEvent(
        db,
        makeEvent({ id: 3, name: 'Older', last_updated: '2025-07-05T00:00:00Z' }),
      ),
    ).toBe(false);
    expect((await getStoredEvent(db, 3))?.name).toBe('Newer');
    expect(
      await storeEvent(
        db,
        makeEvent({ id: 3, name: 'Same time', last_updated: '2025-07-06T00:00:00Z' }),
      ),
    ).toBe(true);
    expect((await db.eventSummaries.get(3))?.name).toBe('Same time');
  });

  it('stores nothing, cursor included, when the transaction fails', async () => {
    const db = openDb();
    const broken = { ...makeEvent({ id: 4 }), type: undefined } as unknown as ReturnType<
      typeof makeEvent
    >;
    await expect(
      storeEventsPage(db, [makeEvent({ id: 5 }), broken], {
        cursor: { lastUpdatedGte: 'x', offset: 0 },
      }),
    ).rejects.toThrow();
    expect(await countStoredEvents(db)).toBe(0);
    expect((await readSyncProgress(db)).cursor.lastUpdatedGte).toBeNull();
  });
});

describe('removeEvents and clearStoredEvents', () => {
  it('removes events with their summaries', async () => {
    const db = openDb();
    await storeEventsPage(db, [makeEvent({ id: 1 }), makeEvent({ id: 2 })], null);
    await removeEvents(db, [1]);
    expect(await db.events.toCollection().primaryKeys()).toEqual([2]);
    expect(await db.eventSummaries.toCollection().primaryKeys()).toEqual([2]);
  });

  it('forgets events and cursor but keeps the request ledger', async () => {
    const db = openDb();
    await storeEventsPage(db, [makeEvent({ id: 1 })], {
      cursor: { lastUpdatedGte: '2025-01-01T00:00:00Z', offset: 0 },
      fullSyncCompletedAt: 5,
    });
    await updateBudgetLedger(db, (ledger) => ({ ...ledger, requests: [1, 2, 3] }));
    await clearStoredEvents(db);
    expect(await countStoredEvents(db)).toBe(0);
    expect((await readSyncProgress(db)).fullSyncCompletedAt).toBeNull();
    expect((await readBudgetLedger(db)).requests).toEqual([1, 2, 3]);
  });
});

describe('loadSummariesDatedBetween', () => {
  it('reads events near a time through the date index', async () => {
    const db = openDb();
    await storeEventsPage(
      db,
      [
        makeEvent({ id: 1, date: '2026-01-15T12:00:00Z' }),
        makeEvent({ id: 2, date: '2020-01-01T00:00:00Z' }),
        makeEvent({ id: 3, date: null }),
      ],
      null,
    );
    const near = await loadSummariesDatedBetween(db, Date.UTC(2026, 0, 15), Date.UTC(2026, 0, 16));
    expect(near.map((summary) => summary.id)).toEqual([1]);
  });
});

describe('watchSourceWrites', () => {
  it('fires for writes made through another connection (another tab), not for bookkeeping', async () => {
    const url = `https://api.test/watch-${++sequence}/2.3.0`;
    const here = openDb(url);
    const otherTab = openDb(url);
    let calls = 0;
    let resolveWrite: () => void = () => undefined;
    const written = new Promise<void>((resolve) => {
      resolveWrite = resolve;
    });
    const stop = watchSourceWrites(here, () => {
      calls += 1;
      resolveWrite();
    });
    await here.open();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await updateBudgetLedger(otherTab, (ledger) => ({ ...ledger, requests: [1] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(0);

    await storeEventsPage(otherTab, [makeEvent({ id: 1 })], null);
    await written;
    stop();
    expect(calls).toBe(1);
  });
});

describe('loadEventSummaries', () => {
  it('reads every summary once, in id order, however many chunks it takes', async () => {
    const db = openDb();
    // Ids out of order and with gaps, across several read chunks (and a last, partial one).
    const ids = Array.from({ length: 777 }, (_, index) => ((index * 389) % 777) * 3 + 1);
    await storeEventsPage(
      db,
      ids.map((id) => makeEvent({ id })),
      null,
    );

    const summaries = await loadEventSummaries(db);

    expect(summaries.map((summary) => summary.id)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('reads an empty store as no summaries', async () => {
    expect(await loadEventSummaries(openDb())).toEqual([]);
  });
});
