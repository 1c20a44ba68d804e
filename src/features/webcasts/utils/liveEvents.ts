import type { EventSummary } from '../../../db/eventSummary.ts';
import { isEventLive } from '../../../domain/live.ts';

/** Events with a webcast on air now: the API's flag, or now between a webcast's start and end. */
export function liveEvents(events: readonly EventSummary[], nowMs: number): EventSummary[] {
  return events
    .filter((event) => isEventLive(event, nowMs))
    .sort((a, b) => (a.dateMs ?? Infinity) - (b.dateMs ?? Infinity) || a.id - b.id);
}
