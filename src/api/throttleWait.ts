const BODY_WAIT = /available in (\d+(?:\.\d+)?) seconds?/i;

/**
 * Seconds to wait after a 429, from the `Retry-After` header (delta-seconds or an HTTP date) and
 * from the body's "Request was throttled. Expected available in 123 seconds." A browser only sees
 * `Retry-After` when the server exposes it through CORS, so the body is read too. When both are
 * known the longer wait wins: retrying early only earns another 429. Null when neither says.
 */
export function parseThrottleWait(
  retryAfterHeader: string | null | undefined,
  bodyDetail: string | null | undefined,
  nowMs: number = Date.now(),
): number | null {
  const waits = [parseRetryAfter(retryAfterHeader, nowMs), parseBodyWait(bodyDetail)].filter(
    (wait): wait is number => wait !== null,
  );
  return waits.length === 0 ? null : Math.max(...waits);
}

function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value);
  const dateMs = Date.parse(value);
  if (Number.isNaN(dateMs)) return null;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

function parseBodyWait(detail: string | null | undefined): number | null {
  const match = detail === null || detail === undefined ? null : BODY_WAIT.exec(detail);
  if (match?.[1] === undefined) return null;
  return Math.ceil(Number(match[1]));
}
