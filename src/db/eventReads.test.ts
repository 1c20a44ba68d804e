import { afterEach, describe, expect, it } from 'vitest';
import type { EventDetailed } from '../api/schemas.ts';
import { makeEvent, makeLaunch } from '../api/testing/eventFactory.ts';
import {
  loadArcSummaries,
  loadEventSummaries,
  loadSummaryPreview,
  type DatedRange,
} from './eventReads.ts';
import type { EventSummary } from './eventSummary.ts';
import { storeEventsPage } from './eventWrites.ts';
import { SourceDatabase } from './sourceDatabase.ts';

let databases: SourceDatabase[] = [];
let sequence = 0;

function openDb(): SourceDatabase {
  const db = new SourceDatabase(`https://api.test/reads-${++sequence}/2.3.0`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2025, 0, 1);
const ALL_LATEST_FIRST: DatedRange = {
  fromMs: null,
  toMs: null,
  descending: true,
  withUndated: true,
};

/** An event on day `day` after START_MS (null: undated), with the launches given (else the factory's). */
const eventOn = (id: number, day: number | null, launches?: EventDetailed['launches']) =>
  makeEvent({
    id,
    date: day === null ? null : new Date(START_MS + day * DAY_MS).toISOString(),
    ...(launches === undefined ? {} : { launches }),
  });

/** The lists' order (queryEvents' sortEvents, restated: a db test does not import a feature). */
function inListOrder(summaries: readonly EventSummary[], descending: boolean): number[] {
  return [...summaries]
    .sort((a, b) => {
      if (a.dateMs !== b.dateMs) {
        if (a.dateMs === null) return 1;
        if (b.dateMs === null) return -1;
        return descending ? b.dateMs - a.dateMs : a.dateMs - b.dateMs;
      }
      return a.id - b.id;
    })
    .map((summary) => summary.id);
}

describe('loadSummaryPreview', () => {
  it('reads the head of "All events" and the count of every stored event, undated ones too', async () => {
    const db = openDb();
    const events = Array.from({ length: 40 }, (_, i) => eventOn(i + 1, (i * 7) % 40));
    events.push(eventOn(100, null), eventOn(101, null));
    await storeEventsPage(db, events, null);

    const preview = await loadSummaryPreview(db, ALL_LATEST_FIRST, 10);

    expect(preview?.total).toBe(42);
    const whole = inListOrder(await loadEventSummaries(db), true);
    expect(inListOrder(preview?.first ?? [], true)).toEqual(whole.slice(0, 10));
  });

  it('reads every event dated like the last of the head, so ties keep the lists’ order', async () => {
    const db = openDb();
    // Ten on the latest day, more than the head holds: the index gives them in falling id order.
    const events = [
      ...Array.from({ length: 10 }, (_, i) => eventOn(i + 1, 30)),
      ...Array.from({ length: 10 }, (_, i) => eventOn(i + 11, i)),
    ];
    await storeEventsPage(db, events, null);

    const preview = await loadSummaryPreview(db, ALL_LATEST_FIRST, 4);

    const head = inListOrder(preview?.first ?? [], true);
    expect(head).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(head.slice(0, 4)).toEqual(inListOrder(await loadEventSummaries(db), true).slice(0, 4));
  });

  it('gives no head when undated events would be part of it', async () => {
    const db = openDb();
    await storeEventsPage(db, [eventOn(1, 3), eventOn(2, 5), eventOn(3, null)], null);

    expect(await loadSummaryPreview(db, ALL_LATEST_FIRST, 10)).toBeNull();
    // Dated views never list undated events: a short range is its whole head.
    const dated = await loadSummaryPreview(db, { ...ALL_LATEST_FIRST, withUndated: false }, 10);
    expect(dated?.total).toBe(2);
    expect(inListOrder(dated?.first ?? [], true)).toEqual([2, 1]);
  });

  it('reads an empty store as no events', async () => {
    expect(await loadSummaryPreview(openDb(), ALL_LATEST_FIRST, 10)).toEqual({
      total: 0,
      first: [],
    });
  });

  it('counts and reads only the range, both bounds included', async () => {
    const db = openDb();
    await storeEventsPage(
      db,
      Array.from({ length: 30 }, (_, i) => eventOn(i + 1, i)),
      null,
    );
    const upcoming = await loadSummaryPreview(
      db,
      { fromMs: START_MS + 10 * DAY_MS, toMs: null, descending: false, withUndated: false },
      5,
    );
    expect(upcoming?.total).toBe(20);
    expect(inListOrder(upcoming?.first ?? [], false)).toEqual([11, 12, 13, 14, 15]);

    const previous = await loadSummaryPreview(
      db,
      { fromMs: null, toMs: START_MS + 10 * DAY_MS, descending: true, withUndated: false },
      5,
    );
    expect(previous?.total).toBe(11);
    expect(inListOrder(previous?.first ?? [], true)).toEqual([11, 10, 9, 8, 7]);
  });

  it('agrees with itself while a sync writes: the count and the head are of one moment', async () => {
    const db = openDb();
    await storeEventsPage(
      db,
      Array.from({ length: 30 }, (_, i) => eventOn(i + 1, i)),
      null,
    );
    const later = Array.from({ length: 20 }, (_, i) => eventOn(i + 101, 100 + i));

    const [preview] = await Promise.all([
      loadSummaryPreview(db, ALL_LATEST_FIRST, 5),
      storeEventsPage(db, later, null),
    ]);

    const head = inListOrder(preview?.first ?? [], true);
    if (preview?.total === 30) expect(head).toEqual([30, 29, 28, 27, 26]);
    else {
      expect(preview?.total).toBe(50);
      expect(head).toEqual([120, 119, 118, 117, 116]);
    }
    // Read again after the write, it shows the new events.
    const after = await loadSummaryPreview(db, ALL_LATEST_FIRST, 5);
    expect(after?.total).toBe(50);
    expect(inListOrder(after?.first ?? [], true)).toEqual([120, 119, 118, 117, 116]);
  });
});

describe('loadArcSummaries', () => {
  const launchA = makeLaunch('a', 'Soyuz 2.1a | Soyuz MS-26');
  const launchB = makeLaunch('b', 'Falcon 9 Block 5 | Crew-10');

  it('reads the events sharing a launch and those dated near, each once, nothing else', async () => {
    const db = openDb();
    const events = [
      // Sharing launch A, a year away.
      eventOn(1, -365, [launchA]),
      // Sharing both launches: read once.
      eventOn(2, 200, [launchA, launchB]),
      // Near, no launch; both bounds of the window are in it.
      eventOn(3, -10, []),
      eventOn(4, 10, []),
      // Far, another launch; and undated.
      eventOn(5, 11, [makeLaunch('c', 'Other')]),
      eventOn(6, null, []),
      // The event itself.
      eventOn(7, 0, [launchA]),
    ];
    await storeEventsPage(db, events, null);
    const read = await loadArcSummaries(db, ['a', 'b'], START_MS, 10 * DAY_MS);
    expect(read.map((summary) => summary.id).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 7]);
  });

  it('reads only the dates when the event has no launch', async () => {
    const db = openDb();
    await storeEventsPage(db, [eventOn(1, 0, [launchA]), eventOn(2, 90, [launchA])], null);
    const read = await loadArcSummaries(db, [], START_MS + DAY_MS, DAY_MS);
    expect(read.map((summary) => summary.id)).toEqual([1]);
  });
});
