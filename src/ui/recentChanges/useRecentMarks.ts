import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSource } from '../source/useSource.ts';
import { changesSinceQuery } from '../queries/changeQueries.ts';
import { marksSince, type RecentMark } from './recentMarks.ts';
import { useVisitBaseline } from './useVisitBaseline.ts';

const NO_MARKS = new Map<number, RecentMark>();

/** Events New or Changed since the previous visit, by id (empty on a first visit). */
export function useRecentMarks(): ReadonlyMap<number, RecentMark> {
  const { db } = useSource();
  const { sinceMs } = useVisitBaseline();
  const changes = useQuery({
    ...changesSinceQuery(db, sinceMs ?? 0),
    enabled: sinceMs !== null,
  });
  return useMemo(
    () => (changes.data === undefined ? NO_MARKS : marksSince(changes.data, sinceMs)),
    [changes.data, sinceMs],
  );
}
