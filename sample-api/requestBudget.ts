/**
 * An optional request limit per caller and window, like production LL2's 15 calls an hour. Without a
 * limit `/api-throttle/` still answers, reporting a limit high enough never to matter. The window
 * is an hour unless a test or demo shortens it (to watch a sync spread over several windows).
 */
export const UNLIMITED_REPORTED_LIMIT = 100_000;
export const LIMIT_WINDOW_SECONDS = 3600;

export interface ThrottleReport {
  your_request_limit: number;
  limit_frequency_secs: number;
  current_use: number;
  next_use_secs: number;
  ident: string;
}

export interface RequestBudget {
  /** Null: unlimited. */
  limit: number | null;
  /** The window the limit counts over, in seconds (an hour, like production). */
  windowSeconds: number;
  /** Records a call if the caller has budget left; otherwise returns the seconds to wait. */
  spend(ident: string, nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  report(ident: string, nowMs: number): ThrottleReport;
  reset(): void;
}

export function createRequestBudget(
  limit: number | null,
  windowSeconds = LIMIT_WINDOW_SECONDS,
): RequestBudget {
  const calls = new Map<string, number[]>();
  const recent = (ident: string, nowMs: number): number[] => {
    const kept = (calls.get(ident) ?? []).filter((at) => at > nowMs - budget.windowSeconds * 1000);
    calls.set(ident, kept);
    return kept;
  };
  const secondsUntilFree = (used: number[], nowMs: number, currentLimit: number): number => {
    if (used.length < currentLimit) return 0;
    const oldest = used[used.length - currentLimit] ?? nowMs;
    return Math.max(1, Math.ceil((oldest + budget.windowSeconds * 1000 - nowMs) / 1000));
  };
  const budget: RequestBudget = {
    limit,
    windowSeconds,
    spend(ident, nowMs) {
      const used = recent(ident, nowMs);
      if (budget.limit !== null && used.length >= budget.limit)
        return { ok: false, retryAfterSeconds: secondsUntilFree(used, nowMs, budget.limit) };
      used.push(nowMs);
      return { ok: true };
    },
    report(ident, nowMs) {
      const used = recent(ident, nowMs);
      return {
        your_request_limit: budget.limit ?? UNLIMITED_REPORTED_LIMIT,
        limit_frequency_secs: budget.windowSeconds,
        current_use: used.length,
        next_use_secs: budget.limit === null ? 0 : secondsUntilFree(used, nowMs, budget.limit),
        ident,
      };
    },
    reset() {
      calls.clear();
    },
  };
  return budget;
}
