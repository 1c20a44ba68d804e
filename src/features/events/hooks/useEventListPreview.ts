import { useQuery } from '@tanstack/react-query';
import type { DatedRange } from '../../../db/eventReads.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventListPreviewQuery } from '../../../ui/queries/eventQueries.ts';

/** Rows read ahead of the whole set: more than the tallest screen shows. */
export const PREVIEW_ROWS = 50;

/** Stands in for a null range; the query is off then. */
const NO_RANGE: DatedRange = { fromMs: null, toMs: null, descending: true, withUndated: true };

/**
 * The list's count and first rows read through the `dateMs` index while `wanted` (until the whole
 * set is loaded, decision 031). Sync writes invalidate it like every event query.
 */
export function useEventListPreview(range: DatedRange | null, wanted: boolean) {
  const { db } = useSource();
  return useQuery({
    ...eventListPreviewQuery(db, range ?? NO_RANGE, PREVIEW_ROWS),
    enabled: wanted && range !== null,
  });
}
