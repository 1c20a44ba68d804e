import type { EventSummary } from '../../../db/eventSummary.ts';
import { isWebcastLive } from './webcastTiming.ts';

/** Events with a webcast on air now: the API's flag, or now between a webcast's start and end. */
export function liveEvents(events: readonly EventSummary[], nowMs: number): EventSummary[] {
  return events
    .filter(
      (event) =>
        event.webcastLive || event.webcasts.some((webcast) => isWebcastLive(webcast, nowMs)),
    )
    .sort((a, b) => (a.dateMs ?? Infinity) - (b.dateMs ?? Infinity) || a.id - b.id);
}
