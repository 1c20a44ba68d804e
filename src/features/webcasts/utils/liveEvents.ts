import type { EventSummary } from '../../../db/eventSummary.ts';
import { LIVE_OUTER_MARGIN_MS, isEventLive, liveSpan } from '../../../domain/live.ts';

/**
 * The events with a webcast on air at any instant asked (`isEventLive`), in date order. The span
 * outside which each event cannot be live (decision 021) is worked out once, into typed arrays, so
 * asking again as the clock moves scans numbers instead of reading 100,000 events, and applies the
 * whole rule only to the few whose span holds the instant.
 */
export function liveEventFinder(
  events: readonly EventSummary[],
): (nowMs: number) => EventSummary[] {
  const fromMs = new Float64Array(events.length).fill(NaN);
  const toMs = new Float64Array(events.length).fill(NaN);
  events.forEach((event, i) => {
    const span = liveSpan(event, LIVE_OUTER_MARGIN_MS);
    if (span === null) return;
    fromMs[i] = span.fromMs;
    toMs[i] = span.toMs;
  });
  return (nowMs) => {
    const live: EventSummary[] = [];
    for (let i = 0; i < events.length; i += 1) {
      // NaN (undated) compares false: never live.
      if (!((fromMs[i] ?? NaN) <= nowMs && nowMs <= (toMs[i] ?? NaN))) continue;
      const event = events[i] as EventSummary;
      if (isEventLive(event, nowMs)) live.push(event);
    }
    return live.sort((a, b) => (a.dateMs ?? Infinity) - (b.dateMs ?? Infinity) || a.id - b.id);
  };
}
