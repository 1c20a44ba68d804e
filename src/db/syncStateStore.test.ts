import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeEvents } from './eventWrites.ts';
import { SourceDatabase } from './sourceDatabase.ts';
import {
  SYNC_STATE_READ_INTERVAL_MS,
  refreshSyncState,
  updateBudgetLedger,
  updateSyncProgress,
  watchSyncState,
  type SyncStateSnapshot,
} from './syncStateStore.ts';

let db: SourceDatabase;

beforeEach(async () => {
  db = new SourceDatabase('https://sync-state.test/2.3.0');
  // Opening (creating) the database tells watchers that everything changed.
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** A watcher that keeps every snapshot it was given: one per read of the rows. */
function watch(on: SourceDatabase = db) {
  const seen: SyncStateSnapshot[] = [];
  const errors: unknown[] = [];
  const stop = watchSyncState(
    on,
    (snapshot) => seen.push(snapshot),
    (error) => errors.push(error),
  );
  const last = () => seen.at(-1);
  const readCount = () => seen.length;
  return { seen, errors, last, readCount, stop };
}

describe('watchSyncState (decision 032)', () => {
  it('gives the stored rows at once, then the rows after a write', async () => {
    await updateSyncProgress(db, { failures: 2 });
    const watcher = watch();
    await vi.waitFor(() => {
      expect(watcher.last()?.progress.failures).toBe(2);
    });
    await updateSyncProgress(db, { failures: 3 });
    await vi.waitFor(() => {
      expect(watcher.last()?.progress.failures).toBe(3);
    });
    watcher.stop();
    expect(watcher.errors).toEqual([]);
  });

  it('reads once per interval while a sync writes, and always reads after the last write', async () => {
    const watcher = watch();
    await vi.waitFor(() => {
      expect(watcher.seen.length).toBe(1);
    });
    const startedAt = Date.now();
    for (let page = 1; page <= 20; page += 1) {
      await updateSyncProgress(db, {
        progress: { done: page * 100, total: 2000, updatedAt: page },
      });
      await updateBudgetLedger(db, (ledger) => ({
        ...ledger,
        requests: [...ledger.requests, page],
      }));
    }
    await vi.waitFor(
      () => {
        expect(watcher.last()?.progress.progress?.done).toBe(2000);
        expect(watcher.last()?.budget.requests).toHaveLength(20);
      },
      { timeout: 5 * SYNC_STATE_READ_INTERVAL_MS },
    );
    // 40 writes; a read at most every interval (plus the first one) follows them.
    const elapsed = Date.now() - startedAt;
    expect(watcher.readCount()).toBeLessThanOrEqual(
      2 + Math.ceil(elapsed / SYNC_STATE_READ_INTERVAL_MS),
    );
    expect(watcher.readCount()).toBeLessThan(10);
    watcher.stop();
  });

  it('does not read for the write stamp or other rows of the table', async () => {
    const watcher = watch();
    await vi.waitFor(() => {
      expect(watcher.seen.length).toBe(1);
    });
    // What every write to the stored events bumps (src/db/eventWrites.ts).
    await removeEvents(db, [1]);
    await new Promise((resolve) => setTimeout(resolve, SYNC_STATE_READ_INTERVAL_MS + 100));
    expect(watcher.readCount()).toBe(1);
    watcher.stop();
  });

  it('shares its reads between the watchers of one database, and stops with the last', async () => {
    const first = watch();
    const second = watch();
    await vi.waitFor(() => {
      expect(first.seen.length).toBe(1);
      expect(second.seen.length).toBe(1);
    });
    second.stop();
    await updateSyncProgress(db, { failures: 1 });
    await vi.waitFor(() => {
      expect(first.last()?.progress.failures).toBe(1);
    });
    expect(second.seen.length).toBe(1);
    first.stop();
    const reads = first.readCount();
    await updateSyncProgress(db, { failures: 2 });
    await new Promise((resolve) => setTimeout(resolve, SYNC_STATE_READ_INTERVAL_MS + 100));
    expect(first.readCount()).toBe(reads);
    // A watcher of the stopped feed starts it again, from the stored rows.
    const again = watch();
    await vi.waitFor(() => {
      expect(again.last()?.progress.failures).toBe(2);
    });
    again.stop();
  });

  it('reads at once when asked (this tab’s engine changed), without waiting for the interval', async () => {
    const watcher = watch();
    await vi.waitFor(() => {
      expect(watcher.seen.length).toBe(1);
    });
    await updateSyncProgress(db, { failures: 1 });
    await vi.waitFor(() => {
      expect(watcher.last()?.progress.failures).toBe(1);
    });
    // Within the interval of that read, a write is not read before the interval ends…
    await updateSyncProgress(db, { failures: 2 });
    // …unless the status asks for fresh rows.
    refreshSyncState(db);
    await vi.waitFor(
      () => {
        expect(watcher.last()?.progress.failures).toBe(2);
      },
      { timeout: SYNC_STATE_READ_INTERVAL_MS / 2, interval: 10 },
    );
    watcher.stop();
  });
});
