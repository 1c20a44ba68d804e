import { Dexie, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import type { SourceDatabase } from './sourceDatabase.ts';
import {
  INITIAL_BUDGET_LEDGER,
  INITIAL_SYNC_PROGRESS,
  type BudgetLedgerRow,
  type SyncProgressRow,
} from './syncStateRows.ts';

export async function readSyncProgress(db: SourceDatabase): Promise<SyncProgressRow> {
  const row = await db.syncState.get('sync');
  return row?.key === 'sync' ? row : INITIAL_SYNC_PROGRESS;
}

export async function readBudgetLedger(db: SourceDatabase): Promise<BudgetLedgerRow> {
  const row = await db.syncState.get('budget');
  return row?.key === 'budget' ? row : INITIAL_BUDGET_LEDGER;
}

/**
 * Merges `patch` into the sync row. Read and write happen in one transaction, so two patches never
 * lose each other's fields. Interrupted: nothing changes; retried: the same patch, same result.
 */
export async function updateSyncProgress(
  db: SourceDatabase,
  patch: Partial<Omit<SyncProgressRow, 'key'>>,
): Promise<SyncProgressRow> {
  return db.transaction('rw', db.syncState, async () => {
    const next: SyncProgressRow = { ...(await readSyncProgress(db)), ...patch, key: 'sync' };
    await db.syncState.put(next);
    return next;
  });
}

/**
 * Replaces the budget ledger with `change(current)` in one transaction, so tabs recording requests
 * at the same moment never drop one another's entries. Interrupted: the request is not recorded,
 * which only matters if the request was then sent; the engine records before it sends.
 */
export async function updateBudgetLedger(
  db: SourceDatabase,
  change: (ledger: BudgetLedgerRow) => BudgetLedgerRow,
): Promise<BudgetLedgerRow> {
  return db.transaction('rw', db.syncState, async () => {
    const next: BudgetLedgerRow = { ...change(await readBudgetLedger(db)), key: 'budget' };
    await db.syncState.put(next);
    return next;
  });
}

export interface SyncStateSnapshot {
  progress: SyncProgressRow;
  budget: BudgetLedgerRow;
}

/**
 * The least time between two reads of the sync rows while they keep changing (decision 032). A
 * sync writes its progress and budget rows at every page and request; following each write with a
 * read cost the page more than any other IndexedDB work during a first sync. The tab that syncs
 * gets its own progress from the worker's messages; other tabs see the rows within this time.
 */
export const SYNC_STATE_READ_INTERVAL_MS = 500;

type SyncStateListener = {
  onChange: (snapshot: SyncStateSnapshot) => void;
  onError: (error: unknown) => void;
};

/** One follower of a database's sync rows, shared by every watcher in this tab. */
interface SyncStateFeed {
  listeners: Set<SyncStateListener>;
  snapshot: SyncStateSnapshot | null;
  /** Asks for a read: at once when `now` or none ran within the interval, else at its end. */
  request(now: boolean): void;
  stop(): void;
}

const feeds = new WeakMap<SourceDatabase, SyncStateFeed>();

/**
 * Calls `onChange` with the sync and budget rows now and after they change, from any tab or the
 * sync worker: every tab shows the same status whichever tab is syncing. Changes are coalesced:
 * reads of the rows are at least `SYNC_STATE_READ_INTERVAL_MS` apart, never two at once, and the
 * last change is always followed by a read, so a watcher settles on the stored rows. Every watcher
 * of one database in this tab shares the reads. Returns the unsubscribe function.
 */
export function watchSyncState(
  db: SourceDatabase,
  onChange: (snapshot: SyncStateSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const feed = feeds.get(db) ?? startSyncStateFeed(db);
  const listener: SyncStateListener = { onChange, onError };
  feed.listeners.add(listener);
  const known = feed.snapshot;
  if (known !== null) {
    queueMicrotask(() => {
      if (feed.listeners.has(listener)) onChange(known);
    });
  }
  return () => {
    feed.listeners.delete(listener);
    if (feed.listeners.size === 0) feed.stop();
  };
}

/**
 * Reads the sync rows for this tab's watchers now (after a read under way, if one is), without
 * waiting for the interval: this tab's engine has just started, ended or changed its wait, and
 * the status must not pair that with rows from before it.
 */
export function refreshSyncState(db: SourceDatabase): void {
  feeds.get(db)?.request(true);
}

const SYNC_ROWS = new RangeSet('sync').addKey('budget');

function startSyncStateFeed(db: SourceDatabase): SyncStateFeed {
  const tablePart = `idb://${db.name}/syncState/`;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reading = false;
  /** A request that came during a read: none, after the interval, or at once. */
  let again: 'no' | 'later' | 'now' = 'no';
  let lastReadAt = Number.NEGATIVE_INFINITY;

  const read = () => {
    timer = null;
    reading = true;
    lastReadAt = Date.now();
    readSyncState(db).then(
      (snapshot) => {
        reading = false;
        if (feeds.get(db) !== feed) return;
        feed.snapshot = snapshot;
        const next = again;
        again = 'no';
        if (next !== 'no') feed.request(next === 'now');
        for (const listener of [...feed.listeners]) listener.onChange(snapshot);
      },
      (error: unknown) => {
        reading = false;
        if (feeds.get(db) !== feed) return;
        for (const listener of [...feed.listeners]) listener.onError(error);
      },
    );
  };

  // Writes from this tab, its worker and other tabs alike (Dexie relays them between contexts).
  const onMutated = (parts: ObservabilitySet) => {
    const touched = [tablePart, `${tablePart}:dels`].some((part) => {
      const keys = parts[part];
      return keys !== undefined && rangesOverlap(keys, SYNC_ROWS);
    });
    if (touched) feed.request(false);
  };

  const feed: SyncStateFeed = {
    listeners: new Set(),
    snapshot: null,
    request(now) {
      if (reading) {
        if (again !== 'now') again = now ? 'now' : 'later';
        return;
      }
      const waitMs = now ? 0 : Math.max(0, lastReadAt + SYNC_STATE_READ_INTERVAL_MS - Date.now());
      if (timer !== null) {
        if (waitMs > 0) return;
        clearTimeout(timer);
      }
      timer = setTimeout(read, waitMs);
    },
    stop() {
      Dexie.on.storagemutated.unsubscribe(onMutated);
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (feeds.get(db) === feed) feeds.delete(db);
    },
  };
  feeds.set(db, feed);
  Dexie.on.storagemutated.subscribe(onMutated);
  feed.request(true);
  return feed;
}

async function readSyncState(db: SourceDatabase): Promise<SyncStateSnapshot> {
  return db.transaction('r', db.syncState, async () => ({
    progress: await readSyncProgress(db),
    budget: await readBudgetLedger(db),
  }));
}
