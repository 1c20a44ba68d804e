import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DatedRange } from '../../../db/eventReads.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventListPreviewQuery, eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';

/** Rows read ahead of the whole set: more than the tallest screen shows. */
export const PREVIEW_ROWS = 50;

/** Stands in for a null range; the query is off then. */
const NO_RANGE: DatedRange = { fromMs: null, toMs: null, descending: true, withUndated: true };

/**
 * A list's count and first rows, read through the `dateMs` index (decision 031). The read of the
 * whole set starts the moment the rows are read, rather than after the page has rendered them;
 * the page holds its own read of the whole set back until then, so the two do not share the store.
 * Also read ahead of the page at start-up (app/startupReads.ts).
 */
export function eventListHeadQuery(
  queryClient: QueryClient,
  db: SourceDatabase,
  range: DatedRange,
) {
  return eventListPreviewQuery(db, range, PREVIEW_ROWS, () => {
    // A failure shows where the page reads the whole set (its query's error state).
    queryClient.query(eventSummariesQuery(db)).catch(() => undefined);
  });
}

/**
 * The list's count and first rows while `wanted` (until the whole set is loaded). Sync writes
 * invalidate them like every event query.
 */
export function useEventListPreview(range: DatedRange | null, wanted: boolean) {
  const { db } = useSource();
  const queryClient = useQueryClient();
  return useQuery({
    ...eventListHeadQuery(queryClient, db, range ?? NO_RANGE),
    enabled: wanted && range !== null,
  });
}
