import { DEVELOPMENT_API_BASE_URL, PRODUCTION_API_BASE_URL } from '../api/baseUrl.ts';
import type { ApiThrottle } from '../api/schemas.ts';
import type { BudgetLedgerRow } from '../db/syncStateRows.ts';

const HOUR_MS = 60 * 60_000;

/**
 * How many requests a source allows. Production LL2 allows 15 an hour without a key and says the
 * truth at `/api-throttle/` (free to ask). The development server has no limit; any other URL,
 * the sample server included, is asked too and is unmetered unless it answers with a limit (the
 * sample server has one only when a test or demo sets it). Every source may still
 * answer 429, which blocks requests for exactly as long as it says, metered or not.
 */
export interface BudgetPolicy {
  /** Requests per window when the source does not say; null = unmetered unless it answers. */
  defaultLimit: number | null;
  windowMs: number;
  /** Whether `/api-throttle/` is worth asking. */
  askThrottle: boolean;
}

export function budgetPolicyFor(apiBaseUrl: string): BudgetPolicy {
  const base = apiBaseUrl.replace(/\/+$/, '');
  if (base === PRODUCTION_API_BASE_URL) {
    return { defaultLimit: 15, windowMs: HOUR_MS, askThrottle: true };
  }
  if (base === DEVELOPMENT_API_BASE_URL) {
    return { defaultLimit: null, windowMs: HOUR_MS, askThrottle: false };
  }
  return { defaultLimit: null, windowMs: HOUR_MS, askThrottle: true };
}

export interface BudgetView {
  /** Requests per window, null when unmetered. */
  limit: number | null;
  /** Requests left now (Infinity when unmetered and not blocked; 0 while blocked by a 429). */
  remaining: number;
  /** When a request above the reserve can go, if none can now; null when one can. */
  nextSlotAt: number | null;
}

/**
 * A request stays in this device's count this long after its window, because the ledger writes
 * the time before sending and the server counts it on arrival: without the margin the first
 * request after a full window could reach the server a moment before its slot frees, and be
 * refused.
 */
export const LEDGER_MARGIN_MS = 2_000;

/**
 * Requests still allowed at `now`, given what this device spent and what the server last said.
 * `reserve`: requests the caller leaves unspent; `nextSlotAt` is when one above it opens.
 */
export function viewBudget(
  ledger: BudgetLedgerRow,
  policy: BudgetPolicy,
  now: number,
  reserve = 0,
): BudgetView {
  const server =
    ledger.server !== null && now - ledger.server.observedAt < ledger.server.windowMs
      ? ledger.server
      : null;
  const limit = ledger.server?.limit ?? policy.defaultLimit;
  const windowMs = ledger.server?.windowMs ?? policy.windowMs;
  if (ledger.blockedUntil !== null && ledger.blockedUntil > now) {
    return { limit, remaining: 0, nextSlotAt: ledger.blockedUntil };
  }
  if (limit === null) return { limit, remaining: Infinity, nextSlotAt: null };

  const inWindow = ledger.requests.filter((at) => at > now - windowMs - LEDGER_MARGIN_MS);
  const sinceServerLooked =
    server === null ? 0 : inWindow.filter((at) => at > server.observedAt).length;
  const used = Math.max(inWindow.length, server === null ? 0 : server.used + sinceServerLooked);
  const remaining = Math.max(0, limit - used);
  if (remaining > reserve) return { limit, remaining, nextSlotAt: null };
  // A slot above the reserve opens when enough of the requests in the window have left it; the
  // server's count has no timestamps, so when it is the larger one, assume its window ends a full
  // window after reading.
  const leaving = inWindow.length - limit + reserve;
  const localSlot = leaving >= 0 ? (inWindow[leaving] ?? now) + windowMs + LEDGER_MARGIN_MS : now;
  const serverSlot =
    server !== null && used > inWindow.length ? server.observedAt + server.windowMs : now;
  return { limit, remaining, nextSlotAt: Math.max(localSlot, serverSlot) };
}

/** The ledger with one more request at `now`, forgetting requests older than any window we use. */
export function withRequest(ledger: BudgetLedgerRow, now: number): BudgetLedgerRow {
  const horizon = now - Math.max(HOUR_MS, ledger.server?.windowMs ?? 0) - LEDGER_MARGIN_MS;
  return { ...ledger, requests: [...ledger.requests.filter((at) => at > horizon), now] };
}

/**
 * A reported limit this high is no limit in practice (the sample server reports 100,000 when it
 * has none): the source is treated as unmetered rather than shown as "99,990 requests left".
 */
export const UNMETERED_REPORTED_LIMIT = 10_000;

export function withThrottleAnswer(
  ledger: BudgetLedgerRow,
  throttle: ApiThrottle,
  now: number,
): BudgetLedgerRow {
  if (throttle.your_request_limit >= UNMETERED_REPORTED_LIMIT) return { ...ledger, server: null };
  return {
    ...ledger,
    server: {
      limit: throttle.your_request_limit,
      windowMs: throttle.limit_frequency_secs * 1000,
      used: throttle.current_use,
      observedAt: now,
    },
  };
}

export function withBlock(ledger: BudgetLedgerRow, until: number): BudgetLedgerRow {
  return { ...ledger, blockedUntil: Math.max(until, ledger.blockedUntil ?? 0) };
}
