import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  eventFiltersQueryString,
  parseEventFilters,
  type EventFilters,
} from '../utils/eventFilters.ts';

/**
 * The list's filters live in the query string (the URL is the view). `setFilters` pushes a history
 * entry, so back/forward walk through views; typing in the search box replaces it instead, so one
 * search is one entry, not one per keystroke.
 *
 * The router applies a navigation in a transition, a moment later; until it lands, the filters just
 * chosen are shown, so a ticked checkbox stays ticked instead of flickering back.
 */
export function useEventFiltersFromUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ filters: EventFilters; fromKey: string } | null>(null);
  const parsed = useMemo(
    () => parseEventFilters(new URLSearchParams(location.search)),
    [location.search],
  );
  // Once the navigation has landed the URL speaks again; forget the choice so that going back to
  // the entry it was made on shows that entry's own filters.
  if (pending !== null && pending.fromKey !== location.key) setPending(null);
  const filters =
    pending !== null && pending.fromKey === location.key ? pending.filters : parsed.filters;
  const setFilters = useCallback(
    (next: EventFilters, options: { replace?: boolean } = {}) => {
      setPending({ filters: next, fromKey: location.key });
      const query = eventFiltersQueryString(next);
      void navigate(
        { pathname: location.pathname, search: query ? `?${query}` : '' },
        { replace: options.replace ?? false },
      );
    },
    [navigate, location.pathname, location.key],
  );
  return { filters, problems: parsed.problems, setFilters };
}
