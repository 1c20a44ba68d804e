import { isTimeWithinHour } from './datePrecision.ts';
import { parseIsoDurationSeconds } from '../lib/isoDuration.ts';

/** When a webcast runs, in epoch ms; null where the API does not say. `live` is LL2's flag. */
export interface WebcastTiming {
  live: boolean;
  startMs: number | null;
  endMs: number | null;
}

/** What "live" needs to know about an event: the summary carries all of it (`EventSummary`). */
export interface LiveFacts {
  /** Epoch ms of the event's date; an undated event is never live. */
  dateMs: number | null;
  /** LL2 `date_precision.id`; null (not given) counts as exact. */
  datePrecisionId: number | null;
  /** How long the event lasts, in ms; null or absent when LL2 does not say (counts as 0). */
  durationMs?: number | null;
  /** LL2's event-level `webcast_live` flag. */
  webcastLive: boolean;
  webcasts: readonly WebcastTiming[];
}

const HOUR_MS = 3_600_000;
/** Outside [date − 24 h, date + duration + 24 h] nothing is live (decision 021). */
export const LIVE_OUTER_MARGIN_MS = 24 * HOUR_MS;
/** LL2's flag alone counts only within [date − 6 h, date + duration + 6 h] (decision 021). */
export const LIVE_FLAG_MARGIN_MS = 6 * HOUR_MS;

/** [date − margin, date + duration + margin] in epoch ms; null for an undated event. */
export function liveSpan(
  event: LiveFacts,
  marginMs: number,
): { fromMs: number; toMs: number } | null {
  if (event.dateMs === null) return null;
  const endMs = event.dateMs + Math.max(0, event.durationMs ?? 0);
  return { fromMs: event.dateMs - marginMs, toMs: endMs + marginMs };
}

function withinMargin(event: LiveFacts, nowMs: number, marginMs: number): boolean {
  const span = liveSpan(event, marginMs);
  return span !== null && span.fromMs <= nowMs && nowMs <= span.toMs;
}

function windowContains({ startMs, endMs }: WebcastTiming, nowMs: number): boolean {
  return startMs !== null && endMs !== null && startMs <= nowMs && nowMs < endMs;
}

/**
 * The one definition of "live" (decision 021). An event can be live only while now lies within
 * [date − 24 h, date + duration + 24 h]; inside that, it is live when a webcast's announced window
 * contains now, or when LL2 flags it (the event's `webcast_live` or a webcast's `live`) and its
 * date is exact (precision Second, Minute, Hour or not given) and now lies within
 * [date − 6 h, date + duration + 6 h]. LL2 leaves the flag set for years, so the flag alone is
 * never trusted far from the date.
 */
export function isEventLive(event: LiveFacts, nowMs: number): boolean {
  if (!withinMargin(event, nowMs, LIVE_OUTER_MARGIN_MS)) return false;
  if (event.webcasts.some((webcast) => windowContains(webcast, nowMs))) return true;
  const flagged = event.webcastLive || event.webcasts.some((webcast) => webcast.live);
  return (
    flagged &&
    isTimeWithinHour(event.datePrecisionId) &&
    withinMargin(event, nowMs, LIVE_FLAG_MARGIN_MS)
  );
}

/**
 * One webcast of an event, by the same rule as `isEventLive`: its own window contains now, or its
 * own flag is set while the event's date is exact and near — always within the event's outer bound.
 */
export function isWebcastLive(webcast: WebcastTiming, event: LiveFacts, nowMs: number): boolean {
  return isEventLive({ ...event, webcastLive: false, webcasts: [webcast] }, nowMs);
}

/** The event's `duration` ("PT2H") in ms, or null when absent or unreadable. */
export function durationMsOf(isoDuration: string | null | undefined): number | null {
  const seconds = parseIsoDurationSeconds(isoDuration);
  return seconds === null ? null : seconds * 1000;
}
