import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DatedRange } from '../../../db/eventReads.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventListPreviewQuery, eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';

/** Rows read ahead of the whole set: more than the tallest screen shows. */
export const PREVIEW_ROWS = 50;

/** Stands in for a null range; the query is off then. */
const NO_RANGE: DatedRange = { fromMs: null, toMs: null, descending: true, withUndated: true };

/**
 * The list's count and first rows read through the `dateMs` index while `wanted` (until the whole
 * set is loaded, decision 031). Sync writes invalidate it like every event query.
 *
 * The page holds the whole set's read back until this has answered, so the two do not share the
 * store; the read of the whole set starts here, the moment the rows are read, rather than after
 * the page has rendered them.
 */
export function useEventListPreview(range: DatedRange | null, wanted: boolean) {
  const { db } = useSource();
  const queryClient = useQueryClient();
  return useQuery({
    ...eventListPreviewQuery(db, range ?? NO_RANGE, PREVIEW_ROWS, () => {
      // A failure shows where the page reads the whole set (its query's error state).
      queryClient.query(eventSummariesQuery(db)).catch(() => undefined);
    }),
    enabled: wanted && range !== null,
  });
}
