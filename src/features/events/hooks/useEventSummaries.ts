import { useQuery } from '@tanstack/react-query';
import { useSource } from '../../source/SourceProvider.tsx';
import { eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';
import { useFollowSourceWrites } from '../../../ui/source/useFollowSourceWrites.ts';

/** Every stored event of the current source, as list summaries, kept current by sync writes. */
export function useEventSummaries() {
  const { db } = useSource();
  useFollowSourceWrites();
  return useQuery(eventSummariesQuery(db));
}
