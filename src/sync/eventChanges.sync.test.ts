import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLl2Client, type Ll2Client } from '../api/client';
import { loadRecentChanges } from '../db/eventChangeStore';
import { loadEventChanges } from '../db/eventChangeStore';
import { SourceDatabase } from '../db/sourceDatabase';
import type { BudgetPolicy } from './budget';
import { runSync } from './runSync';
import { createManualClock, type ManualClock } from './testing/manualClock';
import { startTestSampleServer, type TestSampleServer } from './testing/sampleServer';

const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const UNMETERED: BudgetPolicy = { defaultLimit: null, windowMs: 3_600_000, askThrottle: false };
const DAY = 86_400_000;

let server: TestSampleServer;
let clock: ManualClock;
let client: Ll2Client;
let db: SourceDatabase;

beforeEach(async () => {
  clock = createManualClock(START, [0.25, 0.75]);
  server = await startTestSampleServer({ size: 150, clock: () => clock.now() });
  client = createLl2Client({ baseUrl: server.baseUrl, timeoutMs: 5_000 });
  db = new SourceDatabase(server.baseUrl);
});

afterEach(async () => {
  await db.delete();
  await server.close();
});

function sync() {
  return runSync({
    client,
    db,
    clock,
    policy: UNMETERED,
    signal: new AbortController().signal,
    reconcile: 'never',
  });
}

describe('change history over a real delta sync', () => {
  it('records nothing while mirroring, then the edits the next sync brings', async () => {
    expect((await sync()).status).toBe('up-to-date');
    expect(await db.eventChanges.count()).toBe(0);

    const target = server.data.events().find((event) => event.date !== null);
    if (!target?.date) throw new Error('no dated event in the sample data');
    clock.advance(10 * 60_000);
    server.data.edit(target.id, {
      date: new Date(Date.parse(target.date) + 2 * DAY).toISOString(),
      description: 'Moved by two days.',
    });
    clock.advance(60_000);
    expect((await sync()).status).toBe('up-to-date');

    const changes = await loadEventChanges(db, target.id);
    expect(changes.map(({ kind }) => kind)).toEqual(['date', 'description']);
    expect(changes[0]).toMatchObject({ deltaMs: 2 * DAY, detectedAtMs: clock.now() });
    expect(await loadRecentChanges(db, 100)).toHaveLength(2);

    // The next sync sees the same version again (the cursor boundary is inclusive): no new record.
    clock.advance(60_000);
    await sync();
    expect(await db.eventChanges.count()).toBe(2);
  });
});
