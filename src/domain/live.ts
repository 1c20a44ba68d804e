/** When a webcast runs, in epoch ms; null where the API does not say. */
export interface WebcastTiming {
  live: boolean;
  startMs: number | null;
  endMs: number | null;
}

/**
 * A webcast is live when the API says so, or when now falls between its start and end (the
 * API's flag lags; stored data may be hours old offline).
 */
export function isWebcastLive({ live, startMs, endMs }: WebcastTiming, nowMs: number): boolean {
  if (live) return true;
  return startMs !== null && endMs !== null && startMs <= nowMs && nowMs < endMs;
}

/** An event is live when LL2 says so, or when one of its webcasts is live (`isWebcastLive`). */
export function isEventLive(
  event: { webcastLive: boolean; webcasts: readonly WebcastTiming[] },
  nowMs: number,
): boolean {
  return event.webcastLive || event.webcasts.some((webcast) => isWebcastLive(webcast, nowMs));
}
