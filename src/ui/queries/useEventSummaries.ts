import { useQuery } from '@tanstack/react-query';
import { useSource } from '../source/useSource.ts';
import { eventSummariesQuery } from './eventQueries.ts';

/** Every stored event of the current source, as list summaries, kept current by sync writes. */
export function useEventSummaries() {
  const { db } = useSource();
  return useQuery(eventSummariesQuery(db));
}
