import type { EventDetailed } from '../../api/schemas.ts';
import { makeMinimalEvent } from '../../api/testing/eventFactory.ts';
import { toEventSummary, type EventSummary } from '../eventSummary.ts';

/**
 * The list projection of `makeMinimalEvent(overrides)`, as the sync projects it; `summaryOverrides`
 * then set projected fields directly (e.g. a precomputed webcast window).
 */
export function makeEventSummary(
  overrides: Partial<EventDetailed> = {},
  summaryOverrides: Partial<EventSummary> = {},
): EventSummary {
  return { ...toEventSummary(makeMinimalEvent(overrides)), ...summaryOverrides };
}
