import type { NewsBudgetRow } from '../../../db/newsRows.ts';

/*
 * The news requests' own budget and backoff, pure and with time injected. Independent of LL2's:
 * a news failure or an empty news budget never delays or spends an LL2 sync request.
 *
 * Invariants: at most NEWS_REQUESTS_PER_WINDOW requests start in any NEWS_WINDOW_MS; after a
 * failure nothing is asked before `retryAtMs` (the server's Retry-After, else 1, 2, 4 … minutes,
 * at most an hour); a success clears the backoff.
 */
export const NEWS_WINDOW_MS = 10 * 60_000;
export const NEWS_REQUESTS_PER_WINDOW = 20;
const FIRST_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export type NewsReservation =
  { ok: true } | { ok: false; reason: 'backoff' | 'budget'; retryAtMs: number };

export function reserveNewsRequests(
  row: NewsBudgetRow,
  count: number,
  nowMs: number,
): { row: NewsBudgetRow; result: NewsReservation } {
  if (row.retryAtMs !== null && row.retryAtMs > nowMs) {
    return { row, result: { ok: false, reason: 'backoff', retryAtMs: row.retryAtMs } };
  }
  // A time in the future (a clock set back) is kept out rather than blocking the window for ever.
  const recent = row.requestsMs.filter((at) => at > nowMs - NEWS_WINDOW_MS && at <= nowMs);
  if (recent.length + count > NEWS_REQUESTS_PER_WINDOW) {
    const freed = recent[recent.length + count - NEWS_REQUESTS_PER_WINDOW - 1] ?? nowMs;
    return {
      row: { ...row, requestsMs: recent },
      result: { ok: false, reason: 'budget', retryAtMs: freed + NEWS_WINDOW_MS },
    };
  }
  const spent = Array.from({ length: count }, () => nowMs);
  return { row: { ...row, requestsMs: [...recent, ...spent] }, result: { ok: true } };
}

export function recordNewsFailure(
  row: NewsBudgetRow,
  nowMs: number,
  message: string,
  retryAfterSeconds: number | null,
): { row: NewsBudgetRow; result: number } {
  const failures = row.failures + 1;
  const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
  const wait = retryAfterSeconds === null ? backoff : Math.max(retryAfterSeconds * 1000, 1000);
  const retryAtMs = nowMs + wait;
  return { row: { ...row, failures, retryAtMs, lastError: message }, result: retryAtMs };
}

export function recordNewsSuccess(row: NewsBudgetRow): { row: NewsBudgetRow; result: null } {
  return { row: { ...row, failures: 0, retryAtMs: null, lastError: null }, result: null };
}
