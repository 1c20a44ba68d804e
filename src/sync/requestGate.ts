import { isAbortError, isApiError } from '../api/errors.ts';
import type { SourceDatabase } from '../db/sourceDatabase.ts';
import type { BudgetLedgerRow } from '../db/syncStateRows.ts';
import { readBudgetLedger, updateBudgetLedger } from '../db/syncStateStore.ts';
import { backoffDelayMs } from './backoff.ts';
import {
  viewBudget,
  withBlock,
  withRequest,
  withThrottleAnswer,
  type BudgetPolicy,
} from './budget.ts';
import type { Clock } from './clock.ts';
import type { Ll2Client } from '../api/client.ts';
import { BudgetExhausted, SyncFailed, ThrottledLong } from './syncErrors.ts';
import type { SyncWait } from './syncWait.ts';

/** A 429 asking for at most this long is waited out inside the run; longer ends the run. */
export const MAX_INLINE_THROTTLE_WAIT_MS = 2 * 60_000;
/** Retries of one request after 5xx and timeouts before the run gives up (later runs back off further). */
export const MAX_TRANSIENT_RETRIES = 4;
/**
 * A network failure while the browser says it is online is mostly a wrong URL, a CORS refusal or a
 * dead host: one quick retry, then the run reports it (a first sync shows "cannot be reached"
 * within seconds rather than after a minute of retries); the scheduler keeps backing off.
 */
export const MAX_NETWORK_RETRIES = 1;

function transientRetries(kind: string, status: number | null): number {
  if (kind === 'network') return MAX_NETWORK_RETRIES;
  if (kind === 'timeout' || (kind === 'http' && status !== null && status >= 500)) {
    return MAX_TRANSIENT_RETRIES;
  }
  return 0;
}

/** Where the gate keeps its ledger: the source's database in the app, a plain value elsewhere. */
export interface BudgetLedgerStore {
  read(): Promise<BudgetLedgerRow>;
  /** Replaces the ledger with `change(current)` atomically. */
  update(change: (ledger: BudgetLedgerRow) => BudgetLedgerRow): Promise<unknown>;
}

/** The ledger in a source's `syncState` table, shared by every tab of the source. */
export function sourceBudgetLedger(db: SourceDatabase): BudgetLedgerStore {
  return {
    read: () => readBudgetLedger(db),
    update: (change) => updateBudgetLedger(db, change),
  };
}

export interface RequestGateOptions {
  ledger: BudgetLedgerStore;
  client: Pick<Ll2Client, 'getThrottle'>;
  policy: BudgetPolicy;
  clock: Clock;
  signal: AbortSignal;
  /** Requests to leave unspent (kept for "Sync now" and opening an event); 0 for the user's own runs. */
  reserve: number;
  /**
   * Whether a failed request is sent again (default true): a 429 waited out inline, 5xx, timeouts
   * and network failures retried. False: every request is sent once, and a 429 ends the run.
   */
  retry?: boolean;
  /** Told when the gate starts waiting inside a request (429, 5xx, timeout) and when it stops (null). */
  onWait?: (wait: SyncWait | null) => void;
  /**
   * Told after each attempt whether the source answered (any HTTP answer: true) or could not be
   * reached at all (a network failure: false). Timeouts and aborts say nothing either way.
   */
  onContact?: (reachable: boolean) => void;
}

export interface RequestGate {
  /**
   * Sends one API request within the budget: records it in the shared ledger before sending (so a
   * crash never under-counts), waits out a 429 for exactly as long as the server says, retries
   * 5xx/timeouts/network failures with exponential backoff and jitter.
   *
   * @throws BudgetExhausted, ThrottledLong, SyncFailed, or the AbortError of `signal`
   */
  send<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Requests left above the reserve (Infinity when unmetered). */
  spendable(): Promise<number>;
  /** Asks `/api-throttle/` (free) where the policy says it answers; failures change nothing. */
  learnBudget(): Promise<void>;
  /**
   * Whether the source answers at all, asked at `/api-throttle/`, which no budget counts: after a
   * network failure the next run looks before it spends a request. Any HTTP answer is reachable.
   */
  checkReachable(): Promise<boolean>;
  /** Requests sent through this gate. */
  readonly sent: number;
}

export function createRequestGate(options: RequestGateOptions): RequestGate {
  const { ledger: store, client, policy, clock, signal, reserve, onWait, onContact } = options;
  const retry = options.retry ?? true;
  let sent = 0;

  async function waitFor(wait: SyncWait): Promise<void> {
    onWait?.(wait);
    try {
      await clock.sleep(wait.until - clock.now(), signal);
    } finally {
      onWait?.(null);
    }
  }

  async function spendable(): Promise<number> {
    const view = viewBudget(await store.read(), policy, clock.now(), reserve);
    return view.remaining - reserve;
  }

  async function takeSlot(): Promise<void> {
    const now = clock.now();
    const refusal: { until: number | null } = { until: null };
    await store.update((ledger) => {
      const view = viewBudget(ledger, policy, now, reserve);
      if (view.remaining - reserve <= 0) {
        refusal.until = view.nextSlotAt ?? now + policy.windowMs;
        return ledger;
      }
      return withRequest(ledger, now);
    });
    if (refusal.until !== null) throw new BudgetExhausted(refusal.until);
    sent += 1;
  }

  return {
    get sent() {
      return sent;
    },
    spendable,

    async learnBudget() {
      if (!policy.askThrottle) return;
      try {
        const throttle = await client.getThrottle(signal);
        onContact?.(true);
        const now = clock.now();
        await store.update((ledger) => withThrottleAnswer(ledger, throttle, now));
      } catch (error) {
        if (isAbortError(error)) throw error;
        if (isApiError(error) && error.kind === 'network') onContact?.(false);
        // No answer (a source without the endpoint): the policy's default stands.
      }
    },

    async checkReachable() {
      try {
        await client.getThrottle(signal);
      } catch (error) {
        if (isAbortError(error) || !isApiError(error)) throw error;
        if (error.kind === 'network') {
          onContact?.(false);
          return false;
        }
        if (error.kind === 'timeout') return false;
      }
      onContact?.(true);
      return true;
    },

    async send<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
      for (let attempt = 0; ; attempt += 1) {
        await takeSlot();
        let answer: T;
        try {
          answer = await call(signal);
        } catch (error) {
          if (isAbortError(error) || !isApiError(error)) throw error;
          if (error.kind === 'network') onContact?.(false);
          else if (error.kind !== 'timeout') onContact?.(true);
          const now = clock.now();
          if (error.kind === 'throttled') {
            const waitMs = (error.retryAfterSeconds ?? 60) * 1000;
            await store.update((ledger) => withBlock(ledger, now + waitMs));
            if (!retry || waitMs > MAX_INLINE_THROTTLE_WAIT_MS)
              throw new ThrottledLong(now + waitMs, error.message);
            await waitFor({ cause: 'throttled', until: now + waitMs, httpStatus: 429 });
            continue;
          }
          const retries = transientRetries(error.kind, error.status);
          if (retry && attempt < retries) {
            const until = now + backoffDelayMs(attempt, clock.random());
            if (error.kind === 'network') await clock.sleep(until - now, signal);
            else
              await waitFor({
                cause: error.kind === 'timeout' ? 'timeout' : 'server-error',
                until,
                httpStatus: error.status,
              });
            continue;
          }
          throw new SyncFailed(
            { kind: error.kind, message: error.message, at: now, status: error.status },
            error.status,
          );
        }
        onContact?.(true);
        return answer;
      }
    },
  };
}
