import type { Ll2Client } from '../api/client.ts';
import { isAbortError, isApiError } from '../api/errors.ts';
import type { SnapshotReader } from '../api/snapshotReader.ts';
import { clearStoredEvents, removeEvents, storeEvent } from '../db/eventWrites.ts';
import { loadSummariesDatedBetween } from '../db/eventReads.ts';
import type { SourceDatabase } from '../db/sourceDatabase.ts';
import { readBudgetLedger, readSyncProgress } from '../db/syncStateStore.ts';
import { retainCount } from '../lib/retainCount.ts';
import { budgetPolicyFor, viewBudget, type BudgetPolicy } from './budget.ts';
import { systemClock, type Clock } from './clock.ts';
import { describeChangesAt } from './changeDescriber.ts';
import { createRequestGate, sourceBudgetLedger } from './requestGate.ts';
import { runSync, type SyncOutcome } from './runSync.ts';
import { heatOf, heatWindow, nextScheduledSyncAt } from './syncCadence.ts';
import { BudgetExhausted, SyncFailed, ThrottledLong } from './syncErrors.ts';
import { syncLockName, type SyncLock } from './syncLock.ts';
import type { SyncWait } from './syncWait.ts';

/** Requests a scheduled run leaves unspent, so "Sync now" and opening an event still work. */
export const SCHEDULED_RESERVE = 2;
/** Opening an event keeps one request for "Sync now". */
const DETAIL_REFRESH_RESERVE = 1;
/** An event opened again within this time is not fetched again. */
const DETAIL_REFRESH_MIN_INTERVAL_MS = 60_000;

export type SyncTrigger = 'schedule' | 'user' | 'reconcile' | 'redownload';

/** What asking for a sync led to. `refused` carries a sentence for the user. */
export type SyncRequestResult =
  | { status: 'ran'; outcome: SyncOutcome }
  | { status: 'not-due'; dueAt: number }
  | { status: 'busy' }
  | { status: 'refused'; reason: string; retryAt: number | null };

/** What this tab's engine is doing now (other tabs' work is read from the shared sync row). */
export interface LocalSyncState {
  running: boolean;
  progress: { done: number; total: number } | null;
  lastResult: SyncRequestResult | null;
  /** What the run under way waits for inside a request (429, 5xx, timeout), with the time. */
  wait: SyncWait | null;
  /**
   * Whether the source answered this engine's last request: false after a network failure (no
   * answer at all), true after any HTTP answer, null before the first. The page's online signal;
   * a new object at every finding.
   */
  contact: { reachable: boolean; at: number } | null;
}

export interface SyncController {
  readonly apiBaseUrl: string;
  readonly policy: BudgetPolicy;
  /** The scheduler's entry point: syncs only when due, keeping a reserve of the budget. */
  runIfDue(): Promise<SyncRequestResult>;
  /** "Sync now": a delta sync within the budget, or a refusal that says why. */
  syncNow(): Promise<SyncRequestResult>;
  /** "Check for removed events": a forced reconcile (within the budget). */
  reconcileNow(): Promise<SyncRequestResult>;
  /** "Re-download everything": forget this source's events and cursor, then sync from scratch. */
  redownloadEverything(): Promise<SyncRequestResult>;
  /** When the scheduler should next call `runIfDue`. */
  nextDueAt(): Promise<number>;
  /** Opening an event: fetch its latest version if the budget allows (true when it was stored). */
  refreshEvent(id: number): Promise<boolean>;
  /**
   * Asks the source's free `/api-throttle/` whether it answers at all (`contact` follows): how the
   * page learns it is offline, or back, by trying rather than from `navigator.onLine`.
   */
  checkReachable(): Promise<boolean>;
  getLocalState: () => LocalSyncState;
  subscribe: (listener: () => void) => () => void;
  /** Aborts runs and refreshes in flight (source switched, provider unmounted); later calls start afresh. */
  stop(): void;
  /**
   * Marks the controller in use; the returned release stops it once nobody holds it any more. The
   * stop waits a tick, so React StrictMode's unmount-and-remount in development does not abort the
   * first sync it has just started.
   */
  retain(): () => void;
}

export interface SyncControllerOptions {
  client: Pick<Ll2Client, 'getEventsPage' | 'getEventsPageAt' | 'getThrottle' | 'getEvent'>;
  db: SourceDatabase;
  lock: SyncLock;
  clock?: Clock;
  policy?: BudgetPolicy;
  /** The build's published snapshot, for first runs (decision 023); none: the API walk. */
  snapshot?: SnapshotReader | null;
}

export function createSyncController(options: SyncControllerOptions): SyncController {
  const { client, db, lock } = options;
  const clock = options.clock ?? systemClock;
  const policy = options.policy ?? budgetPolicyFor(db.apiBaseUrl);
  let inFlight = new AbortController();
  const listeners = new Set<() => void>();
  const refreshedAt = new Map<number, number>();
  let local: LocalSyncState = {
    running: false,
    progress: null,
    lastResult: null,
    wait: null,
    contact: null,
  };

  function stop(): void {
    inFlight.abort();
    inFlight = new AbortController();
  }

  const publish = (next: Partial<LocalSyncState>) => {
    local = { ...local, ...next };
    for (const listener of listeners) listener();
  };
  const onWait = (wait: SyncWait | null) => {
    publish({ wait });
  };
  // Published at every answer or failure, not only on change: the page's online signal may have
  // been moved meanwhile by the browser's own events, and the latest finding must win.
  const onContact = (reachable: boolean) => {
    publish({ contact: { reachable, at: clock.now() } });
  };

  /** Runs under the lock. `signal` is taken when the caller asked, so a stop after that aborts it. */
  async function run(
    trigger: SyncTrigger,
    reserve: number,
    signal: AbortSignal,
  ): Promise<SyncRequestResult> {
    const held = await lock.runExclusive(syncLockName(db.apiBaseUrl), async () => {
      publish({ running: true, progress: null });
      try {
        if (trigger === 'redownload') await clearStoredEvents(db);
        return await runSync({
          client,
          db,
          snapshot: options.snapshot ?? null,
          clock,
          policy,
          reserve,
          signal,
          reconcile:
            trigger === 'reconcile' ? 'force' : trigger === 'schedule' ? 'if-due' : 'never',
          onProgress: (progress) => {
            publish({ progress });
          },
          onWait,
          onContact,
        });
      } finally {
        publish({ running: false, progress: null, wait: null });
      }
    });
    const result: SyncRequestResult = held.acquired
      ? { status: 'ran', outcome: held.value }
      : { status: 'busy' };
    publish({ lastResult: result });
    return result;
  }

  async function refusal(reserve: number): Promise<SyncRequestResult | null> {
    const now = clock.now();
    const ledger = await readBudgetLedger(db);
    const budget = viewBudget(ledger, policy, now);
    if (budget.remaining - reserve > 0) return null;
    const reason =
      ledger.blockedUntil !== null && ledger.blockedUntil > now
        ? 'The server asked to wait before the next request.'
        : `All ${budget.limit ?? 0} requests allowed per hour are used.`;
    return { status: 'refused', reason, retryAt: budget.nextSlotAt };
  }

  async function nextDueAt(): Promise<number> {
    const now = clock.now();
    const [state, ledger] = await Promise.all([readSyncProgress(db), readBudgetLedger(db)]);
    const window = heatWindow(now);
    const near = await loadSummariesDatedBetween(db, window.fromMs, window.toMs);
    return nextScheduledSyncAt({
      state,
      budget: viewBudget(ledger, policy, now, SCHEDULED_RESERVE),
      reserve: SCHEDULED_RESERVE,
      heat: heatOf(near, now),
      now,
    });
  }

  return {
    apiBaseUrl: db.apiBaseUrl,
    policy,
    nextDueAt,

    async runIfDue() {
      const signal = inFlight.signal;
      const dueAt = await nextDueAt();
      if (dueAt > clock.now()) return { status: 'not-due', dueAt };
      return run('schedule', SCHEDULED_RESERVE, signal);
    },

    async syncNow() {
      const signal = inFlight.signal;
      return (await refusal(0)) ?? run('user', 0, signal);
    },

    async reconcileNow() {
      const signal = inFlight.signal;
      return (await refusal(0)) ?? run('reconcile', 0, signal);
    },

    async redownloadEverything() {
      const signal = inFlight.signal;
      return (await refusal(0)) ?? run('redownload', 0, signal);
    },

    async refreshEvent(id) {
      const signal = inFlight.signal;
      const now = clock.now();
      const last = refreshedAt.get(id);
      if (last !== undefined && now - last < DETAIL_REFRESH_MIN_INTERVAL_MS) return false;
      refreshedAt.set(id, now);
      const gate = createRequestGate({
        ledger: sourceBudgetLedger(db),
        client,
        clock,
        policy,
        signal,
        reserve: DETAIL_REFRESH_RESERVE,
        onContact,
      });
      try {
        const event = await gate.send((signal) => client.getEvent(id, signal));
        return await storeEvent(db, event, describeChangesAt(clock.now(), false));
      } catch (error) {
        if (error instanceof SyncFailed && error.status === 404) {
          // Gone from the API: the detail page must not keep showing it as current.
          await removeEvents(db, [id]);
          return false;
        }
        if (
          error instanceof BudgetExhausted ||
          error instanceof ThrottledLong ||
          error instanceof SyncFailed ||
          isAbortError(error) ||
          isApiError(error)
        ) {
          // Opening an event offline or over budget shows the stored copy: not an error.
          return false;
        }
        throw error;
      }
    },

    async checkReachable() {
      const gate = createRequestGate({
        ledger: sourceBudgetLedger(db),
        client,
        clock,
        policy,
        signal: inFlight.signal,
        reserve: 0,
        onContact,
      });
      try {
        return await gate.checkReachable();
      } catch (error) {
        if (isAbortError(error)) return false;
        throw error;
      }
    },

    getLocalState: () => local,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop,
    retain: retainCount(stop),
  };
}
