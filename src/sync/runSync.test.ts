import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventDetailed } from '../api/schemas.ts';
import { loadChangesSince, loadEventChanges } from '../db/eventChangeStore.ts';
import { SourceDatabase } from '../db/sourceDatabase.ts';
import { readSyncProgress } from '../db/syncStateStore.ts';
import { LEDGER_MARGIN_MS, type BudgetPolicy } from './budget.ts';
import { backoffDelayMs } from './backoff.ts';
import type { SyncContext } from './runSync.ts';
import {
  SYNC_TEST_START,
  sampleServerPerTest,
  syncUnmetered,
} from './testing/sampleSyncHarness.ts';
import { answeredRequests } from './testing/sampleServer.ts';

const SIZE = 340;

const sample = sampleServerPerTest({ size: SIZE, randomValues: [0.25, 0.75] });
let databases: SourceDatabase[];

beforeEach(() => {
  databases = [];
});

afterEach(async () => {
  for (const db of databases) await db.delete();
});

function openDb(): SourceDatabase {
  const db = new SourceDatabase(sample.server.baseUrl);
  databases.push(db);
  return db;
}

function sync(db: SourceDatabase, overrides: Partial<SyncContext> = {}) {
  return syncUnmetered(sample, db, overrides);
}

/** Ids and `last_updated` of every stored event, in id order: what "identical to the server" compares. */
async function storedIndex(db: SourceDatabase) {
  const events = await db.events.toArray();
  return events.map((event) => `${event.id}@${event.last_updated}`).sort();
}

function serverIndex() {
  return sample.server.data
    .events()
    .map((event) => `${event.id}@${event.last_updated}`)
    .sort();
}

/** The hostile/broken records the sample server may add are not expected to be stored. */
async function expectMirrorOfServer(db: SourceDatabase) {
  expect(await storedIndex(db)).toEqual(serverIndex());
  expect(await db.eventSummaries.count()).toBe(await db.events.count());
}

describe('runSync over HTTP against the sample server', () => {
  it('paints the upcoming events first, then mirrors the whole archive', async () => {
    const db = openDb();
    const outcome = await sync(db);

    expect(outcome.status).toBe('up-to-date');
    await expectMirrorOfServer(db);
    const requests = answeredRequests(sample.server);
    expect(requests[0]).toMatch(/^200 \/events\/upcoming\/\?limit=100&mode=detailed$/);
    expect(requests.slice(1).every((line) => line.includes('ordering=last_updated'))).toBe(true);
    // One request per page of 100, give or take the pages' shared timestamps.
    expect(outcome.requests).toBeLessThanOrEqual(1 + Math.ceil(SIZE / 100) + 2);
    const state = await readSyncProgress(db);
    expect(state.fullSyncCompletedAt).toBe(SYNC_TEST_START);
    expect(state.progress).toBeNull();
  });

  it('resumes a sync cut at every page boundary and ends identical to the server', async () => {
    const reference = openDb();
    const pages = (await sync(reference)).requests - 1;
    expect(pages).toBeGreaterThanOrEqual(4);

    for (let cutAfter = 1; cutAfter < pages; cutAfter += 1) {
      const db = new SourceDatabase(`${sample.server.baseUrl}#cut-${cutAfter}`);
      databases.push(db);
      const stop = new AbortController();
      let stored = 0;
      const cut = await sync(db, {
        signal: stop.signal,
        onProgress: () => {
          stored += 1;
          if (stored === cutAfter) stop.abort();
        },
      });
      expect(cut.status).toBe('aborted');
      const before = await db.events.count();
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(SIZE);

      const resumed = await sync(db);
      expect(resumed.status).toBe('up-to-date');
      // No first-paint request again, and no page before the cut fetched twice (beyond shared timestamps).
      expect(resumed.requests).toBe(pages - cutAfter);
      await expectMirrorOfServer(db);
    }
  });

  it('never skips an event edited while the walk is between pages (offsets shift)', async () => {
    const db = openDb();
    const ids = sample.server.data.events().map((event) => event.id);
    let page = 0;
    await sync(db, {
      onProgress: () => {
        page += 1;
        if (page !== 2) return;
        // Events early in the last_updated order jump to its end; with offset paging every later
        // record would move up and the one at the next page boundary would be skipped for good.
        for (const id of ids.slice(0, 5))
          sample.server.data.edit(id, { description: `edited during page ${page}` });
      },
    });
    await expectMirrorOfServer(db);
  });

  it('spends exactly one request on a delta sync when nothing changed', async () => {
    const db = openDb();
    await sync(db);
    const before = answeredRequests(sample.server).length;

    const outcome = await sync(db);

    expect(outcome).toMatchObject({ status: 'up-to-date', requests: 1, rejected: 0 });
    expect(answeredRequests(sample.server)).toHaveLength(before + 1);
    expect(answeredRequests(sample.server).at(-1)).toContain('last_updated__gte=');
  });

  it('replaces an event edited on the server after one delta request', async () => {
    const db = openDb();
    await sync(db);
    const target = sample.server.data.events()[17];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.edit(target.id, { name: 'Renamed by the server' });

    const outcome = await sync(db);

    expect(outcome.requests).toBe(1);
    expect((await db.events.get(target.id))?.name).toBe('Renamed by the server');
    expect((await db.eventSummaries.get(target.id))?.name).toBe('Renamed by the server');
    await expectMirrorOfServer(db);
  });

  it('records what a delta changed, once, and nothing for the first download', async () => {
    const db = openDb();
    await sync(db);
    expect(await loadChangesSince(db, 0)).toEqual([]);
    const target = sample.server.data.events()[21];
    if (target === undefined) throw new Error('sample data too small');
    const oldName = target.name;
    sample.server.data.edit(target.id, { name: 'Moved and renamed' });
    const created = sample.server.data.create({ name: 'A brand-new docking', typeId: 2 });

    await sync(db);
    await sync(db);

    expect(await loadEventChanges(db, target.id)).toEqual([
      expect.objectContaining({
        kind: 'name',
        from: oldName,
        to: 'Moved and renamed',
        detectedAtMs: SYNC_TEST_START,
      }),
    ]);
    expect(await loadEventChanges(db, created.id)).toEqual([
      expect.objectContaining({ kind: 'added', eventName: 'A brand-new docking' }),
    ]);
    expect(await loadChangesSince(db, 0)).toHaveLength(2);
  });

  it('removes an event deleted on the server when it reconciles', async () => {
    const db = openDb();
    await sync(db);
    const target = sample.server.data.events()[3];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.remove(target.id);

    const delta = await sync(db);
    expect(await db.events.get(target.id)).toBeDefined();
    expect(delta.removed).toBe(0);

    const reconciled = await sync(db, { reconcile: 'force' });
    expect(reconciled).toMatchObject({ status: 'up-to-date', reconciled: true, removed: 1 });
    expect(await db.events.get(target.id)).toBeUndefined();
    expect(await db.eventSummaries.get(target.id)).toBeUndefined();
    await expectMirrorOfServer(db);
  });

  it('reconciles at most once a day unless forced', async () => {
    const db = openDb();
    await sync(db, { reconcile: 'if-due' });
    expect((await sync(db, { reconcile: 'if-due' })).reconciled).toBe(false);
    sample.clock.advance(24 * 3_600_000);
    expect((await sync(db, { reconcile: 'if-due' })).reconciled).toBe(true);
    expect((await sync(db, { reconcile: 'if-due' })).reconciled).toBe(false);
  });

  it('waits out a 429 exactly as long as the server says, with no extra request', async () => {
    const db = openDb();
    await sync(db);
    sample.server.faults.throttleAfter(0, 7);
    const before = answeredRequests(sample.server).length;

    const outcome = await sync(db);

    expect(outcome.status).toBe('up-to-date');
    expect(sample.clock.sleeps).toEqual([7_000]);
    const during = answeredRequests(sample.server).slice(before);
    expect(during.map((line) => line.slice(0, 3))).toEqual(['429', '200']);
  });

  it('ends the run on a long 429 and sends nothing until the server said it may', async () => {
    const db = openDb();
    await sync(db);
    sample.server.faults.throttleAfter(0, 600);
    const before = answeredRequests(sample.server).length;

    const throttled = await sync(db);

    expect(throttled).toMatchObject({
      status: 'throttled',
      requests: 1,
      retryAt: sample.clock.now() + 600_000,
    });
    expect(sample.clock.sleeps).toEqual([]);
    expect((await readSyncProgress(db)).lastError?.kind).toBe('throttled');

    sample.clock.advance(599_000);
    expect(await sync(db)).toMatchObject({ status: 'budget-exhausted', requests: 0 });
    sample.clock.advance(1_000);
    expect(await sync(db)).toMatchObject({ status: 'up-to-date', requests: 1 });
    expect(
      answeredRequests(sample.server)
        .slice(before)
        .map((line) => line.slice(0, 3)),
    ).toEqual(['429', '200']);
  });

  it('backs off exponentially with jitter through a run of 5xx and recovers', async () => {
    const db = openDb();
    await sync(db);
    sample.server.faults.failNext(3, 503);

    const outcome = await sync(db);

    expect(outcome.status).toBe('up-to-date');
    expect(sample.clock.sleeps).toEqual([
      backoffDelayMs(0, 0.25),
      backoffDelayMs(1, 0.75),
      backoffDelayMs(2, 0.25),
    ]);
    expect(sample.clock.sleeps[1]).toBeGreaterThan(sample.clock.sleeps[0] ?? Infinity);
    const statuses = answeredRequests(sample.server)
      .slice(-4)
      .map((line) => line.slice(0, 3));
    expect(statuses).toEqual(['503', '503', '503', '200']);
  });

  it('gives up after too many 5xx, keeps the cursor and says when it will retry', async () => {
    const db = openDb();
    await sync(db);
    const cursor = (await readSyncProgress(db)).cursor;
    sample.server.faults.failNext(50, 500);

    const outcome = await sync(db);

    expect(outcome.status).toBe('failed');
    expect(outcome.failure?.kind).toBe('http');
    const state = await readSyncProgress(db);
    expect(state.cursor).toEqual(cursor);
    expect(state.lastError?.message).toMatch(/server problem/);
    expect(state.retryAt).toBeGreaterThan(sample.clock.now());
  });

  it('stops on a malformed page without changing anything, and reports what was wrong', async () => {
    const db = openDb();
    await sync(db);
    const target = sample.server.data.events()[5];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.edit(target.id, { name: 'Changed meanwhile' });
    const storedBefore = await storedIndex(db);
    const cursorBefore = (await readSyncProgress(db)).cursor;
    sample.server.faults.malformNext(1);

    const outcome = await sync(db);

    expect(outcome.status).toBe('failed');
    expect(outcome.failure?.kind).toBe('invalid-response');
    expect(await storedIndex(db)).toEqual(storedBefore);
    const state = await readSyncProgress(db);
    expect(state.cursor).toEqual(cursorBefore);
    expect(state.lastError?.message).toMatch(/cannot read/);

    const recovered = await sync(db);
    expect(recovered.status).toBe('up-to-date');
    await expectMirrorOfServer(db);
    expect((await readSyncProgress(db)).lastError).toBeNull();
  });

  it('keeps the cursor of the last stored page when a page mid-walk is cut off', async () => {
    const db = openDb();
    let pages = 0;
    const stop = new AbortController();
    await sync(db, {
      signal: stop.signal,
      onProgress: () => {
        pages += 1;
        if (pages === 2) sample.server.faults.truncateNext(1);
      },
    });
    const stored = await storedIndex(db);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(SIZE);
    expect((await readSyncProgress(db)).lastError?.kind).toBe('invalid-response');

    expect((await sync(db)).status).toBe('up-to-date');
    await expectMirrorOfServer(db);
  });

  it('skips and counts a record that fails validation, never storing it', async () => {
    const db = openDb();
    await sync(db);
    const before = new Map((await db.events.toArray()).map((event) => [event.id, event]));
    const target = sample.server.data.events()[9];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.edit(target.id, { name: 'Edited on the server' });
    sample.server.faults.malformRecordNext(1);

    const outcome = await sync(db);

    expect(outcome).toMatchObject({ status: 'up-to-date', rejected: 1, requests: 1 });
    expect(await db.events.count()).toBe(SIZE);
    expect((await readSyncProgress(db)).rejectedRecords).toBe(1);
    // Whichever record was damaged, every stored one is still a valid event: the good copy or the edit.
    for (const event of await db.events.toArray()) {
      expect(EventDetailed.safeParse(event).success).toBe(true);
      if (event.id !== target.id) expect(event).toEqual(before.get(event.id));
    }
  });

  it('reports a full disk as a storage failure instead of swallowing it', async () => {
    const db = openDb();
    const quotaFull = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    Reflect.set(db.events, 'bulkPut', quotaFull);

    const outcome = await sync(db);

    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatchObject({
      kind: 'storage',
      message: expect.stringMatching(/no room left/) as unknown,
    });
    expect(await db.events.count()).toBe(0);
    expect((await readSyncProgress(db)).lastError?.kind).toBe('storage');
  });

  it('reports a disk so full that every write aborts, as Chromium does, even when the failure cannot be stored', async () => {
    const db = openDb();
    // Chromium aborts the transaction; Dexie rejects with an "AbortError" whose cause is the quota.
    const diskFull = () =>
      new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
    db.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(diskFull()) }),
      }),
    });

    const outcome = await sync(db);

    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatchObject({
      kind: 'storage',
      message: expect.stringMatching(/no room left/) as unknown,
    });
    expect(await db.events.count()).toBe(0);
    expect((await readSyncProgress(db)).lastError).toBeNull();
  });

  it('stops at the budget, keeps its cursor, and finishes when requests are free again', async () => {
    const db = openDb();
    const metered: BudgetPolicy = { defaultLimit: 3, windowMs: 3_600_000, askThrottle: false };

    const first = await sync(db, { policy: metered });
    expect(first.status).toBe('budget-exhausted');
    expect(first.requests).toBe(3);
    expect(first.retryAt).toBe(SYNC_TEST_START + 3_600_000 + LEDGER_MARGIN_MS);
    const partial = await db.events.count();
    expect(partial).toBeGreaterThan(0);

    const refused = await sync(db, { policy: metered });
    expect(refused).toMatchObject({ status: 'budget-exhausted', requests: 0 });

    for (let hour = 1; hour <= 3; hour += 1) {
      sample.clock.advance(3_600_000);
      const next = await sync(db, { policy: metered });
      if (next.status === 'up-to-date') break;
    }
    await expectMirrorOfServer(db);
  });

  it('spreads a first sync longer than one hour over several windows, never refused, resuming after a reload', async () => {
    await sample.replaceServer({ size: 1_612, requestLimit: 15 });
    const learning: BudgetPolicy = { defaultLimit: null, windowMs: 3_600_000, askThrottle: true };
    const scheduled = { policy: learning, reserve: 2 };

    const first = await sync(openDb(), scheduled);

    // 15 an hour, 2 kept for the person: 13 requests, then it stops before the server says no.
    expect(first).toMatchObject({ status: 'budget-exhausted', requests: 13 });
    const afterFirst = await readSyncProgress(openDb());
    const stored = await openDb().events.count();
    expect(afterFirst.firstWalk).toEqual({ done: stored, total: 1_612 });
    expect(stored).toBeGreaterThanOrEqual(1_200);
    expect(afterFirst.retryAt).toBe(first.retryAt);
    expect(afterFirst.cursor.lastUpdatedGte).not.toBeNull();

    // A reload: a new database connection, the same stored cursor.
    for (const db of databases) db.close();
    const reloaded = openDb();
    expect(await sync(reloaded, scheduled)).toMatchObject({
      status: 'budget-exhausted',
      requests: 0,
    });
    sample.clock.advance((first.retryAt ?? 0) - sample.clock.now());
    const logBefore = answeredRequests(sample.server).length;
    let outcome = await sync(reloaded, scheduled);
    for (let run = 0; run < 20 && outcome.status === 'budget-exhausted'; run += 1) {
      sample.clock.advance((outcome.retryAt ?? 0) - sample.clock.now());
      outcome = await sync(reloaded, scheduled);
    }

    expect(outcome.status).toBe('up-to-date');
    const resumed = answeredRequests(sample.server).slice(logBefore);
    // Continued from the cursor: no second first paint, no walk from the start.
    expect(resumed.every((line) => line.includes('last_updated__gte='))).toBe(true);
    expect(answeredRequests(sample.server).filter((line) => line.startsWith('429'))).toEqual([]);
    expect((await readSyncProgress(reloaded)).firstWalk).toBeNull();
    await expectMirrorOfServer(reloaded);
  });

  it('learns the limit from /api-throttle/ where the source answers it', async () => {
    await sample.replaceServer({ size: 120, requestLimit: 4 });
    const db = openDb();

    const outcome = await sync(db, {
      policy: { defaultLimit: null, windowMs: 3_600_000, askThrottle: true },
    });

    expect(outcome.status).toBe('up-to-date');
    const after = await sync(db, {
      policy: { defaultLimit: null, windowMs: 3_600_000, askThrottle: true },
    });
    expect(after.requests).toBeLessThanOrEqual(1);
    expect(answeredRequests(sample.server).every((line) => !line.startsWith('429'))).toBe(true);
  });
});
