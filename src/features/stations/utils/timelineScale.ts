import type { DateSpan, Stay, TimelineWindow } from '../../../ui/stations/stationStays.ts';

/** A horizontal stretch of the timeline, in percent of its width. */
export interface Stretch {
  leftPct: number;
  widthPct: number;
}

/** Where `[startMs, endMs]` falls on the window, clipped to it; null when it is outside. */
export function stretchOf(startMs: number, endMs: number, window: TimelineWindow): Stretch | null {
  const span = window.endMs - window.startMs;
  const from = Math.max(startMs, window.startMs);
  const to = Math.min(endMs, window.endMs);
  if (to < from || span <= 0) return null;
  return { leftPct: ((from - window.startMs) / span) * 100, widthPct: ((to - from) / span) * 100 };
}

/**
 * The drawn parts of a stay: the arrival's and departure's own spans (fuzzy when their date is
 * coarse), and the certain middle between them. An open stay's middle runs past the window's end.
 */
export interface StayParts {
  arrival: DateSpan | null;
  middle: { startMs: number; endMs: number } | null;
  departure: DateSpan | null;
  /** The stay goes on past the window's end (open, or departing after it). */
  continues: boolean;
  /** The stay began before the window's start. */
  beganBefore: boolean;
}

export function stayParts(stay: Stay, window: TimelineWindow): StayParts {
  const arrival = stay.arrival?.span ?? null;
  const departure = stay.departure?.span ?? null;
  const middleStart = arrival?.endMs ?? null;
  const middleEnd = departure?.startMs ?? (stay.kind === 'open' ? window.endMs : null);
  const middle =
    middleStart !== null && middleEnd !== null && middleEnd >= middleStart
      ? { startMs: middleStart, endMs: middleEnd }
      : null;
  const lastMs = departure?.endMs ?? (stay.kind === 'open' ? Infinity : (arrival?.endMs ?? 0));
  const firstMs = arrival?.startMs ?? departure?.startMs ?? 0;
  return {
    arrival,
    middle,
    departure,
    continues: lastMs > window.endMs,
    beganBefore: firstMs < window.startMs,
  };
}

/** The first instant of each UTC month inside the window: the axis ticks. */
export function monthTicks(window: TimelineWindow): number[] {
  const start = new Date(window.startMs);
  const ticks: number[] = [];
  for (let month = start.getUTCMonth() + 1; ; month += 1) {
    const tick = Date.UTC(start.getUTCFullYear(), month, 1);
    if (tick > window.endMs) return ticks;
    ticks.push(tick);
  }
}
