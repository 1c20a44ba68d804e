import type { VidUrl } from '../../../api/schemas.ts';
import { isWebcastLive, type LiveFacts, type WebcastTiming } from '../../../domain/live.ts';

/** What the badge on a webcast says. */
export type WebcastStatus =
  | { kind: 'live' }
  | { kind: 'upcoming'; startMs: number }
  | { kind: 'replay' }
  | { kind: 'unscheduled' };

export function toWebcastTiming(
  webcast: Pick<VidUrl, 'live' | 'start_time' | 'end_time'>,
): WebcastTiming {
  return {
    live: webcast.live,
    startMs: parseInstant(webcast.start_time),
    endMs: parseInstant(webcast.end_time),
  };
}

/**
 * Live by the one rule (`isWebcastLive`, decision 021: its window contains now, or LL2's flag near
 * an exact date). Without its own start time a webcast is placed at the event's date, so a future
 * event's stream is not called a replay.
 */
export function webcastStatus(
  timing: WebcastTiming,
  event: LiveFacts,
  nowMs: number,
): WebcastStatus {
  if (isWebcastLive(timing, event, nowMs)) return { kind: 'live' };
  const startMs = timing.startMs ?? event.dateMs;
  if (startMs === null) return { kind: 'unscheduled' };
  if (startMs > nowMs) return { kind: 'upcoming', startMs };
  return { kind: 'replay' };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "Starts in 3 days", "Starts in 2 h 05 min", "Starts in 12 min", "Starts in under a minute". */
export function formatStartsIn(startMs: number, nowMs: number): string {
  const remainingMs = startMs - nowMs;
  if (remainingMs < MINUTE_MS) return 'Starts in under a minute';
  if (remainingMs < HOUR_MS) return `Starts in ${Math.floor(remainingMs / MINUTE_MS)} min`;
  if (remainingMs < DAY_MS) {
    const hours = Math.floor(remainingMs / HOUR_MS);
    const minutes = Math.floor((remainingMs % HOUR_MS) / MINUTE_MS);
    return `Starts in ${hours} h ${String(minutes).padStart(2, '0')} min`;
  }
  const days = Math.floor(remainingMs / DAY_MS);
  return `Starts in ${days} ${days === 1 ? 'day' : 'days'}`;
}

function parseInstant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
