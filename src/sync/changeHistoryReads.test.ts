import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../api/testing/eventFactory.ts';
import { describeChangesAt } from './changeDescriber.ts';
import { countChangesByEvent, loadRecentChanges } from '../db/eventChangeStore.ts';
import { getStoredEvents } from '../db/eventReads.ts';
import { toEventSummary } from '../db/eventSummary.ts';
import { storeEventsPage } from '../db/eventWrites.ts';
import { SourceDatabase } from '../db/sourceDatabase.ts';
import { olderSourceDatabase } from '../db/testing/olderSourceDatabase.ts';

const API = 'https://change-store.test/2.3.0';
const T0 = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

let db: SourceDatabase;

beforeEach(() => {
  db = new SourceDatabase(API);
});

afterEach(async () => {
  await db.delete();
});

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Stores `event`, then `moves` versions each an hour later with the date moved by an hour. */
async function storeWithMoves(id: number, moves: number) {
  let event = makeEvent({ id, date: '2026-04-10T10:00:00Z' });
  await storeEventsPage(db, [event], null, describeChangesAt(T0, false));
  for (let step = 1; step <= moves; step += 1) {
    event = {
      ...event,
      date: later(event.date ?? '', HOUR),
      last_updated: later(event.last_updated, step * 1000),
    };
    await storeEventsPage(db, [event], null, describeChangesAt(T0 + step * HOUR, false));
  }
}

describe('change history reads', () => {
  it('lists the latest changes first, up to a limit', async () => {
    await storeWithMoves(1, 3);
    await storeWithMoves(2, 1);
    const recent = await loadRecentChanges(db, 3);
    expect(recent.map((change) => [change.eventId, change.detectedAtMs])).toEqual([
      [2, T0 + HOUR],
      [1, T0 + 3 * HOUR],
      [1, T0 + 2 * HOUR],
    ]);
  });

  it('counts changes per event (calendar SEQUENCE), leaving out events without any', async () => {
    await storeWithMoves(1, 3);
    await storeWithMoves(2, 0);
    expect(await countChangesByEvent(db, [1, 2, 3])).toEqual(new Map([[1, 3]]));
    expect(await countChangesByEvent(db, [])).toEqual(new Map());
  });

  it('reads full records in the order asked, skipping ids not stored', async () => {
    await storeWithMoves(5, 0);
    await storeWithMoves(4, 0);
    expect((await getStoredEvents(db, [4, 99, 5])).map((event) => event.id)).toEqual([4, 5]);
  });
});

describe('schema version 2', () => {
  it('upgrades a version-1 database in place, keeping events, summaries, sync state and history', async () => {
    await db.delete();
    const v1 = olderSourceDatabase(API, 1);
    const event = makeEvent({ id: 42 });
    const summary = toEventSummary(event);
    const progress = {
      key: 'sync',
      cursor: { lastUpdated: event.last_updated, offset: 0 },
      lastSuccessAt: T0,
    };
    const budget = { key: 'budget', requests: [T0], server: null, blockedUntil: null };
    await v1.table('events').put(event);
    await v1.table('eventSummaries').put(summary);
    await v1.table('syncState').bulkPut([progress, budget]);
    await v1.table('eventChanges').add({
      kind: 'added',
      eventId: 42,
      eventName: event.name,
      detectedAtMs: T0,
      lastUpdated: event.last_updated,
    });
    v1.close();

    db = new SourceDatabase(API);
    expect(await db.events.get(42)).toEqual(event);
    expect(await db.eventSummaries.get(42)).toEqual(summary);
    expect(await db.syncState.get('sync')).toEqual(progress);
    expect(await db.syncState.get('budget')).toEqual(budget);
    expect(await loadRecentChanges(db, 10)).toHaveLength(1);
    await db.watchlist.put({ eventId: 42, addedAtMs: T0 });
    expect(await db.watchlist.count()).toBe(1);
    expect(db.verno).toBe(5);
  });
});
