import { explainError } from '../lib/explainError.ts';
import { isAbortError } from '../api/errors.ts';
import type { EventDetailed } from '../api/schemas.ts';
import type { SnapshotReader } from '../api/snapshotReader.ts';
import { storeEventsPage } from '../db/eventWrites.ts';
import { describeChangesAt } from './changeDescriber.ts';
import { type SourceDatabase } from '../db/sourceDatabase.ts';
import { countStoredEvents } from '../db/eventReads.ts';
import { isQuotaExceeded } from '../db/storageErrors.ts';
import {
  INITIAL_SYNC_PROGRESS,
  type SyncFailure,
  type SyncProgressRow,
} from '../db/syncStateRows.ts';
import { readSyncProgress, updateSyncProgress } from '../db/syncStateStore.ts';
import { backoffDelayMs } from './backoff.ts';
import { budgetPolicyFor, type BudgetPolicy } from './budget.ts';
import { systemClock, type Clock } from './clock.ts';
import { WALK_PAGE_SIZE, cursorAfterPage } from './cursorWalk.ts';
import { loadSnapshotOnFirstRun } from './loadSnapshot.ts';
import { reconcileIsDue, reconcileStoredEvents } from './reconcile.ts';
import { createRequestGate, sourceBudgetLedger, type RequestGate } from './requestGate.ts';
import type { SyncApi } from './syncApi.ts';
import type { SyncWait } from './syncWait.ts';
import { BudgetExhausted, SyncFailed, ThrottledLong } from './syncErrors.ts';

export interface SyncContext {
  client: SyncApi;
  db: SourceDatabase;
  signal: AbortSignal;
  /** The build's published snapshot, read on a first run instead of walking the API (decision 023). */
  snapshot?: SnapshotReader | null;
  /** Default: the policy of `db.apiBaseUrl` (see budgetPolicyFor). */
  policy?: BudgetPolicy;
  clock?: Clock;
  /** Requests to leave unspent for the user; 0 when the user asked for this run. */
  reserve?: number;
  /** `force`: the user asked; `if-due`: at most once a day; `never`. Default `if-due`. */
  reconcile?: 'if-due' | 'force' | 'never';
  onProgress?: (progress: { done: number; total: number }) => void;
  /**
   * At most this many HTTP requests in the run (a periodic sync in the service worker: one). The
   * walk stops there with its cursor stored, so the next run resumes; `/api-throttle/` is not
   * asked (the shared ledger and any 429 still bound the run), and no reconcile runs.
   */
  requestLimit?: number;
  /** See RequestGateOptions: what the run waits for inside a request, for the status. */
  onWait?: (wait: SyncWait | null) => void;
  /** See RequestGateOptions: whether the source answered. */
  onContact?: (reachable: boolean) => void;
}

export interface SyncOutcome {
  status: 'up-to-date' | 'budget-exhausted' | 'throttled' | 'failed' | 'aborted';
  requests: number;
  written: number;
  removed: number;
  /** Records that failed validation and were skipped. */
  rejected: number;
  reconciled: boolean;
  retryAt: number | null;
  failure: SyncFailure | null;
}

/** A malformed page or a refused request is not retried sooner than this, even on the first failure. */
const MIN_FAILURE_RETRY_MS = 30_000;

/**
 * One sync run of a source (DESIGN §3): on a first run, the build's published snapshot when there
 * is a usable one (loadSnapshot.ts: no API request, and it stands for the first paint), else the
 * single `/events/upcoming/` request so the home page paints at once; then the cursor walk over `last_updated` (the whole archive the first
 * time, only what changed afterwards), then a reconcile when due and affordable.
 *
 * Every page is stored with its cursor in one transaction, so whatever stops a run — closing the
 * tab, a failure, the budget — the next run resumes at the first page not stored. Failures are
 * written to the sync row (shared by all tabs) with the time of the next try; the run itself never
 * throws except for bugs.
 */
export async function runSync(context: SyncContext): Promise<SyncOutcome> {
  const { client, db, signal } = context;
  const clock = context.clock ?? systemClock;
  const gate = createRequestGate({
    ledger: sourceBudgetLedger(db),
    client,
    clock,
    signal,
    policy: context.policy ?? budgetPolicyFor(db.apiBaseUrl),
    reserve: context.reserve ?? 0,
    // A run bounded in requests spends none on retries: a failure waits for the next run.
    retry: context.requestLimit === undefined,
    onWait: context.onWait,
    onContact: context.onContact,
  });
  const tally = { written: 0, removed: 0, rejected: 0, reconciled: false };
  const outcome = (
    status: SyncOutcome['status'],
    retryAt: number | null = null,
    failure: SyncFailure | null = null,
  ): SyncOutcome => ({ status, requests: gate.sent, ...tally, retryAt, failure });

  try {
    if (context.snapshot) {
      const loaded = await loadSnapshotOnFirstRun({
        snapshot: context.snapshot,
        db,
        clock,
        signal,
        onProgress: context.onProgress,
      });
      if (loaded.status === 'loaded') {
        tally.written += loaded.written;
        tally.rejected += loaded.rejected;
      }
    }
    let state = await readSyncProgress(db);
    // The last run found no network: look first, for free, rather than spend a request on it.
    if (
      context.requestLimit === undefined &&
      state.lastError?.kind === 'network' &&
      !(await gate.checkReachable())
    ) {
      throw new SyncFailed({ ...state.lastError, at: clock.now() });
    }
    if (context.requestLimit === undefined) await gate.learnBudget();
    if (needsFirstPaint(state)) {
      const { page, rejected } = await gate.send((s) =>
        client.getEventsPage({
          endpoint: 'upcoming',
          mode: 'detailed',
          query: { limit: WALK_PAGE_SIZE },
          signal: s,
        }),
      );
      tally.rejected += rejected.length;
      const now = clock.now();
      tally.written += await storeEventsPage(
        db,
        page.results,
        { firstPaintDoneAt: now },
        describeChangesAt(now, false),
      );
      state = await readSyncProgress(db);
    }
    await walkChanges({ context, gate, clock, state, tally });

    const mode = context.requestLimit === undefined ? (context.reconcile ?? 'if-due') : 'never';
    if (
      mode !== 'never' &&
      reconcileIsDue(await readSyncProgress(db), clock.now(), mode === 'force')
    ) {
      const result = await reconcileStoredEvents({ client, db, gate, signal });
      if (result !== null) {
        tally.removed = result.removed;
        tally.reconciled = true;
        await updateSyncProgress(db, { lastReconcileAt: clock.now() });
      }
    }
    await updateSyncProgress(db, { lastError: null, retryAt: null, failures: 0, progress: null });
    return outcome('up-to-date');
  } catch (error) {
    /**
     * Records how the run ended in the shared row. When even that write fails (a full disk), the
     * outcome still carries the failure, which this tab's status shows (see deriveSyncStatus).
     */
    const record = async (patch: Partial<SyncProgressRow>) => {
      try {
        await updateSyncProgress(db, patch);
      } catch {
        // Reported through the returned outcome instead.
      }
    };
    if (isAbortError(error) || signal.aborted) {
      await record({ progress: null });
      return outcome('aborted');
    }
    if (error instanceof BudgetExhausted) {
      await record({ retryAt: error.retryAt, progress: null });
      return outcome('budget-exhausted', error.retryAt);
    }
    const now = clock.now();
    if (error instanceof ThrottledLong) {
      const failure: SyncFailure = { kind: 'throttled', message: error.message, at: now };
      await record({ retryAt: error.retryAt, lastError: failure, progress: null });
      return outcome('throttled', error.retryAt, failure);
    }
    const failure = describeFailure(error, now);
    const previous = await readSyncProgress(db).catch(() => INITIAL_SYNC_PROGRESS);
    const retryAt =
      now + Math.max(MIN_FAILURE_RETRY_MS, backoffDelayMs(previous.failures + 3, clock.random()));
    await record({
      lastError: failure,
      retryAt,
      failures: previous.failures + 1,
      progress: null,
    });
    return outcome('failed', retryAt, failure);
  }
}

function needsFirstPaint(state: SyncProgressRow): boolean {
  return (
    state.firstPaintDoneAt === null &&
    state.fullSyncCompletedAt === null &&
    state.cursor.lastUpdatedGte === null &&
    state.cursor.offset === 0
  );
}

interface WalkArguments {
  context: SyncContext;
  gate: RequestGate;
  clock: Clock;
  state: SyncProgressRow;
  tally: { written: number; rejected: number };
}

/** The cursor walk; see `cursorAfterPage` for why it re-queries instead of following `next`. */
async function walkChanges({ context, gate, clock, tally, ...rest }: WalkArguments): Promise<void> {
  let { state } = rest;
  const { client, db, onProgress } = context;
  let cursor = state.cursor;
  let done = state.progress?.done ?? 0;
  let total: number | null = null;
  for (;;) {
    const { page, rejected } = await gate.send((s) =>
      client.getEventsPage({
        endpoint: 'events',
        mode: 'detailed',
        query: {
          ordering: ['last_updated'],
          limit: WALK_PAGE_SIZE,
          ...(cursor.lastUpdatedGte === null ? {} : { last_updated__gte: cursor.lastUpdatedGte }),
          ...(cursor.offset === 0 ? {} : { offset: cursor.offset }),
        },
        signal: s,
      }),
    );
    const step = cursorAfterPage(cursor, {
      lastUpdated: page.results.map((event: EventDetailed) => event.last_updated),
      recordCount: page.results.length + rejected.length,
      hasNext: page.next !== null,
    });
    // Asked from the start, the first page's `count` is the size of the whole archive.
    const archiveTotal =
      state.firstWalk?.total ??
      (cursor.lastUpdatedGte === null && cursor.offset === 0 ? page.count : null);
    total ??= done + Math.max(0, page.count - cursor.offset);
    done += page.results.length + rejected.length;
    total = Math.max(total, done);
    tally.rejected += rejected.length;
    const now = clock.now();
    const finished: Partial<SyncProgressRow> = step.done
      ? {
          lastSuccessAt: now,
          fullSyncCompletedAt: state.fullSyncCompletedAt ?? now,
          progress: null,
          firstWalk: null,
          rejectedRecords: tally.rejected,
        }
      : { progress: { done, total, updatedAt: now }, rejectedRecords: tally.rejected };
    // Events new to a mirrored archive are news; during the first full walk they are not.
    const describe = describeChangesAt(now, state.fullSyncCompletedAt !== null);
    tally.written += await storeEventsPage(
      db,
      page.results,
      { cursor: step.cursor, ...finished },
      describe,
    );
    if (!step.done && state.fullSyncCompletedAt === null) {
      // What lists may honestly say while the first download waits: what is stored, of how many.
      const stored = await countStoredEvents(db);
      const firstWalk = { done: stored, total: Math.max(stored, archiveTotal ?? total) };
      state = await updateSyncProgress(db, { firstWalk });
    }
    onProgress?.({ done, total });
    if (step.done) return;
    if (context.requestLimit !== undefined && gate.sent >= context.requestLimit) return;
    cursor = step.cursor;
  }
}

function describeFailure(error: unknown, now: number): SyncFailure {
  if (error instanceof SyncFailed) return error.failure;
  if (isQuotaExceeded(error)) {
    return {
      kind: 'storage',
      message:
        'This device has no room left to store events. Free some space, or clear other sites’ data, then sync again.',
      at: now,
    };
  }
  return { kind: 'unknown', message: `The sync stopped. ${explainError(error)}`, at: now };
}
