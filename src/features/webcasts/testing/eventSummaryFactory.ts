import type { EventDetailed } from '../../../api/schemas.ts';
import { makeEvent } from '../../../api/testing/eventFactory.ts';
import { toEventSummary, type EventSummary } from '../../../db/eventSummary.ts';

/** A list row projected the way the sync projects it, from an event with overrides. */
export function makeEventSummary(
  overrides: Partial<EventDetailed> = {},
  summaryOverrides: Partial<EventSummary> = {},
): EventSummary {
  return { ...toEventSummary(makeEvent(overrides)), ...summaryOverrides };
}
