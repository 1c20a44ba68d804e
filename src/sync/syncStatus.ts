import type { SyncStateSnapshot } from '../db/syncStateStore.ts';
import { viewBudget, type BudgetPolicy } from './budget.ts';
import type { LocalSyncState } from './syncController.ts';
import type { SyncWait } from './syncWait.ts';

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
  /** Requests left this window, the limit and the window's length; null when unmetered. */
  budget: { remaining: number; limit: number; windowMs: number } | null;
  /**
   * What the engine waits for before its next request, with the time: an inline 429 or 5xx wait
   * of the run under way (kind `syncing`), a 429 or a spent budget that ended the run
   * (`throttled`), a retry after a server error or timeout (`failed`). Null when it waits for
   * nothing.
   */
  wait: SyncWait | null;
  /**
   * The first download of the whole archive stopped short and will continue: records stored of
   * the archive's size. Null once it has completed, or before its first page.
   */
  firstWalk: { done: number; total: number } | null;
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
    wait: null,
    firstWalk: row?.fullSyncCompletedAt == null ? (row?.firstWalk ?? null) : null,
    budget:
      budgetView === null || budgetView.limit === null
        ? null
        : {
            remaining: Number.isFinite(budgetView.remaining)
              ? budgetView.remaining
              : budgetView.limit,
            limit: budgetView.limit,
            windowMs: shared?.budget.server?.windowMs ?? policy.windowMs,
          },
    rejectedRecords: row?.rejectedRecords ?? 0,
    fullSyncCompleted: row?.fullSyncCompletedAt != null,
  } satisfies Omit<SyncStatus, 'kind'>;

  if (!online) return { ...base, kind: 'offline' };
  if (local.running) {
    return {
      ...base,
      kind: 'syncing',
      progress: local.progress ?? { done: 0, total: null },
      wait: local.wait !== null && local.wait.until > now ? local.wait : null,
    };
  }
  const pendingRetryAt = row?.retryAt ?? null;
  const retryPending = pendingRetryAt !== null && pendingRetryAt > now;
  // A run that stopped with a retry time is not under way, however fresh its progress row.
  if (!retryPending && row?.progress != null && now - row.progress.updatedAt < STALE_PROGRESS_MS) {
    return {
      ...base,
      kind: 'syncing',
      progress: { done: row.progress.done, total: row.progress.total },
    };
  }
  // A failure this tab met but could not record (the disk was full) is still shown here.
  const unrecorded =
    local.lastResult?.status === 'ran' && row?.lastError == null
      ? local.lastResult.outcome.failure
      : null;
  if (unrecorded !== null && unrecorded.kind !== 'throttled') {
    const retryAt = local.lastResult?.status === 'ran' ? local.lastResult.outcome.retryAt : null;
    return {
      ...base,
      kind: 'failed',
      reason: unrecorded.message,
      retryAt,
      wait: retryWait(unrecorded, retryAt, now),
    };
  }
  if (row?.lastError != null && row.lastError.kind !== 'throttled') {
    const retryAt = retryPending ? pendingRetryAt : null;
    return {
      ...base,
      kind: 'failed',
      reason: row.lastError.message,
      retryAt,
      wait: retryWait(row.lastError, retryAt, now),
    };
  }
  // A pending retry without an error is a run stopped by the budget; with one, by a long 429.
  if (retryPending) {
    const throttled = row?.lastError?.kind === 'throttled';
    return {
      ...base,
      kind: 'throttled',
      retryAt: pendingRetryAt,
      wait: {
        cause: throttled ? 'throttled' : 'budget',
        until: pendingRetryAt,
        httpStatus: throttled ? 429 : null,
      },
    };
  }
  if (row?.lastSuccessAt == null) return { ...base, kind: 'never-synced' };
  return { ...base, kind: 'up-to-date' };
}

/** A failure the engine retries by itself later: a server error or a timeout is a wait. */
function retryWait(
  failure: { kind: string; status?: number | null },
  retryAt: number | null,
  now: number,
): SyncWait | null {
  if (retryAt === null || retryAt <= now) return null;
  if (failure.kind === 'timeout') return { cause: 'timeout', until: retryAt, httpStatus: null };
  if (failure.kind === 'http' && failure.status != null && failure.status >= 500) {
    return { cause: 'server-error', until: retryAt, httpStatus: failure.status };
  }
  return null;
}
