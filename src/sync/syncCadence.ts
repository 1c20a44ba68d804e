import type { EventSummary } from '../db/eventSummary.ts';
import { isEventLive } from '../domain/live.ts';
import type { SyncProgressRow } from '../db/syncStateRows.ts';
import type { BudgetView } from './budget.ts';

const MINUTE_MS = 60_000;

/** How much is happening: decides how often a scheduled delta sync is worth its request. */
export type SyncHeat = 'live' | 'soon' | 'calm';

/** Metered sources (15 an hour) must leave room for the user; unmetered ones can be eager. */
const INTERVALS_MS: Record<'metered' | 'unmetered', Record<SyncHeat, number>> = {
  metered: { live: 5 * MINUTE_MS, soon: 20 * MINUTE_MS, calm: 60 * MINUTE_MS },
  unmetered: { live: 1 * MINUTE_MS, soon: 5 * MINUTE_MS, calm: 15 * MINUTE_MS },
};

/** The window of dates `heatOf` needs to see, for an indexed read. */
export function heatWindow(now: number): { fromMs: number; toMs: number } {
  return { fromMs: now - 3 * 60 * MINUTE_MS, toMs: now + 24 * 60 * MINUTE_MS };
}

/** "live": a webcast is on or an event is within the hour; "soon": one is within a day. */
export function heatOf(summaries: readonly EventSummary[], now: number): SyncHeat {
  let heat: SyncHeat = 'calm';
  for (const event of summaries) {
    if (isEventLive(event, now)) return 'live';
    if (event.dateMs === null) continue;
    if (Math.abs(event.dateMs - now) <= 60 * MINUTE_MS) return 'live';
    if (event.dateMs > now && event.dateMs - now <= 24 * 60 * MINUTE_MS) heat = 'soon';
  }
  return heat;
}

/**
 * When the next scheduled sync should run. An unfinished first download continues at once; after
 * a failure (other than no network) or a 429 the engine's own retry time wins; otherwise the interval for the current heat
 * after the last success — and never before the budget has a request to spare above the reserve.
 */
export function nextScheduledSyncAt(input: {
  state: SyncProgressRow;
  budget: BudgetView;
  reserve: number;
  heat: SyncHeat;
  now: number;
}): number {
  const { state, budget, reserve, heat, now } = input;
  const intervals = INTERVALS_MS[budget.limit === null ? 'unmetered' : 'metered'];
  let due =
    state.fullSyncCompletedAt === null || state.lastSuccessAt === null
      ? now
      : state.lastSuccessAt + intervals[heat];
  // After a network failure the page's online signal holds the scheduler back until the source
  // answers again (and the next run looks for free before spending): no backoff on top of that.
  if (state.retryAt !== null && state.lastError?.kind !== 'network') {
    due = Math.max(due, state.retryAt);
  }
  if (budget.remaining - reserve <= 0) {
    due = Math.max(due, budget.nextSlotAt ?? now + intervals.calm);
  }
  return due;
}
