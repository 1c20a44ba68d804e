import { useQuery } from '@tanstack/react-query';
import { useSource } from '../source/useSource.ts';
import { eventSummariesQuery } from './eventQueries.ts';

/**
 * Every stored event of the current source, as list summaries, kept current by sync writes.
 * `enabled: false` holds the read back (a list reads its first rows first, decision 031); what is
 * already loaded is still returned.
 */
export function useEventSummaries({ enabled = true }: { enabled?: boolean } = {}) {
  const { db } = useSource();
  return useQuery({ ...eventSummariesQuery(db), enabled });
}
