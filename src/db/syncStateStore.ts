import { liveQuery } from 'dexie';
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
 * Calls `onChange` with the sync and budget rows now and after every change, from any tab: every
 * tab shows the same status whichever tab is syncing. Returns the unsubscribe function.
 */
export function watchSyncState(
  db: SourceDatabase,
  onChange: (snapshot: SyncStateSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () => ({
    progress: await readSyncProgress(db),
    budget: await readBudgetLedger(db),
  })).subscribe({ next: onChange, error: onError });
  return () => {
    subscription.unsubscribe();
  };
}
