import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  eventFiltersQueryString,
  parseEventFilters,
  type EventFilters,
} from '../utils/eventFilters.ts';

/** Marks the history entries this hook writes, numbered, so it knows its own when they land. */
interface FiltersWrite {
  filtersWrite: number;
}

const writeNumber = (state: unknown): number | null =>
  typeof state === 'object' &&
  state !== null &&
  typeof (state as Partial<FiltersWrite>).filtersWrite === 'number'
    ? (state as FiltersWrite).filtersWrite
    : null;

/**
 * The list's filters live in the query string (the URL is the view). `setFilters` pushes a history
 * entry, so back/forward walk through views; typing in the search box replaces it instead, so one
 * search is one entry, not one per keystroke.
 *
 * The router applies a navigation in a transition, a moment later; until it lands, the filters just
 * chosen are shown, so a ticked checkbox stays ticked instead of flickering back. When two writes
 * follow each other faster than the router lands them (a busy page), the first one landing does not
 * bring back its older filters: only the last write's landing, or a navigation from elsewhere, ends
 * the wait.
 */
export function useEventFiltersFromUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const writes = useRef(0);
  const [pending, setPending] = useState<{
    filters: EventFilters;
    fromKey: string;
    write: number;
  } | null>(null);
  const parsed = useMemo(
    () => parseEventFilters(new URLSearchParams(location.search)),
    [location.search],
  );
  // Once the navigation has landed the URL speaks again; forget the choice so that going back to
  // the entry it was made on shows that entry's own filters. An earlier write of this page landing
  // meanwhile is not that moment.
  const landed = writeNumber(location.state);
  const earlierWriteLanded = pending !== null && landed !== null && landed < pending.write;
  if (pending !== null && pending.fromKey !== location.key && !earlierWriteLanded) setPending(null);
  const filters =
    pending !== null && (pending.fromKey === location.key || earlierWriteLanded)
      ? pending.filters
      : parsed.filters;
  const setFilters = useCallback(
    (next: EventFilters, options: { replace?: boolean } = {}) => {
      writes.current += 1;
      const write = writes.current;
      setPending({ filters: next, fromKey: location.key, write });
      const query = eventFiltersQueryString(next);
      const state: FiltersWrite = { filtersWrite: write };
      void navigate(
        { pathname: location.pathname, search: query ? `?${query}` : '' },
        { replace: options.replace ?? false, state },
      );
    },
    [navigate, location.pathname, location.key],
  );
  return { filters, problems: parsed.problems, setFilters };
}
