import { useState } from 'react';
import { serializeEventFilters, type EventFilters } from '../utils/eventFilters.ts';

/** True when two filters show the same list: they write the same query string. */
export function sameEventFilters(a: EventFilters, b: EventFilters): boolean {
  return a === b || serializeEventFilters(a).toString() === serializeEventFilters(b).toString();
}

/**
 * `filters`, or the object given before when that one means the same: the list's query and the
 * filter panel re-run on a new object, and the URL catching up with what is already shown (the
 * search written after typing pauses, a navigation landing) makes new objects that change nothing.
 */
export function useSteadyFilters(filters: EventFilters): EventFilters {
  const [kept, setKept] = useState(filters);
  if (kept === filters || sameEventFilters(kept, filters)) return kept;
  setKept(filters);
  return filters;
}
