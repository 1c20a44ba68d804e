import type { SyncStateSnapshot } from '../db/syncStateStore.ts';
import { viewBudget, type BudgetPolicy } from './budget.ts';
import type { LocalSyncState } from './syncController.ts';

/** Progress rows older than this belong to a tab that closed mid-run; they are not shown as live. */
const STALE_PROGRESS_MS = 2 * 60_000;

export type SyncStatusKind =
  'offline' | 'syncing' | 'up-to-date' | 'throttled' | 'failed' | 'never-synced';

/** What the always-visible status says (DESIGN §4), computed from this tab and the shared sync row. */
export interface SyncStatus {
  kind: SyncStatusKind;
  /** Last walk that reached the end of the changes; null if never. */
  lastSuccessAt: number | null;
  /** While syncing: records done and expected (total null before the first page answers). */
  progress: { done: number; total: number | null } | null;
  /** When the next attempt happens (throttled / failed). */
  retryAt: number | null;
  /** For `failed`: the reason in plain words. */
  reason: string | null;
  /** Requests left this window and the limit; both null when unmetered. */
  budget: { remaining: number; limit: number } | null;
  /** Records of the last walk skipped because they failed validation. */
  rejectedRecords: number;
  /** The first full download has finished (lists can say "no events" rather than "downloading"). */
  fullSyncCompleted: boolean;
}

export function deriveSyncStatus(input: {
  online: boolean;
  local: LocalSyncState;
  shared: SyncStateSnapshot | null;
  policy: BudgetPolicy;
  now: number;
}): SyncStatus {
  const { online, local, shared, policy, now } = input;
  const row = shared?.progress ?? null;
  const budgetView = shared === null ? null : viewBudget(shared.budget, policy, now);
  const base = {
    lastSuccessAt: row?.lastSuccessAt ?? null,
    progress: null,
    retryAt: null,
    reason: null,
    budget:
      budgetView === null || budgetView.limit === null
        ? null
        : {
            remaining: Number.isFinite(budgetView.remaining)
              ? budgetView.remaining
              : budgetView.limit,
            limit: budgetView.limit,
          },
    rejectedRecords: row?.rejectedRecords ?? 0,
    fullSyncCompleted: row?.fullSyncCompletedAt != null,
  } satisfies Omit<SyncStatus, 'kind'>;

  if (!online) return { ...base, kind: 'offline' };
  if (local.running) {
    return { ...base, kind: 'syncing', progress: local.progress ?? { done: 0, total: null } };
  }
  if (row?.progress != null && now - row.progress.updatedAt < STALE_PROGRESS_MS) {
    return {
      ...base,
      kind: 'syncing',
      progress: { done: row.progress.done, total: row.progress.total },
    };
  }
  const retryPending = row?.retryAt != null && row.retryAt > now;
  // A failure this tab met but could not record (the disk was full) is still shown here.
  const unrecorded =
    local.lastResult?.status === 'ran' && row?.lastError == null
      ? local.lastResult.outcome.failure
      : null;
  if (unrecorded !== null && unrecorded.kind !== 'throttled') {
    return {
      ...base,
      kind: 'failed',
      reason: unrecorded.message,
      retryAt: local.lastResult?.status === 'ran' ? local.lastResult.outcome.retryAt : null,
    };
  }
  if (row?.lastError != null && row.lastError.kind !== 'throttled') {
    return {
      ...base,
      kind: 'failed',
      reason: row.lastError.message,
      retryAt: retryPending ? row.retryAt : null,
    };
  }
  // A pending retry without an error is a run stopped by the budget or a 429: throttled.
  if (retryPending) return { ...base, kind: 'throttled', retryAt: row.retryAt };
  if (row?.lastSuccessAt == null) return { ...base, kind: 'never-synced' };
  return { ...base, kind: 'up-to-date' };
}
