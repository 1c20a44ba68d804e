import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { beginVisit } from '../../db/personalStore.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import { useSource } from '../source/useSource.ts';

/**
 * One visit per page load and source: the first read records this visit and yields the previous
 * one. Kept outside React so re-mounts and StrictMode's double effects never start a second
 * visit (which would wipe the marks the person has not seen yet).
 */
const visits = new Map<string, Promise<number | null>>();

function startVisitOnce(db: SourceDatabase): Promise<number | null> {
  let visit = visits.get(db.name);
  if (visit === undefined) {
    const now = Date.now();
    // On a first visit, what changes while it lasts is still worth marking.
    visit = beginVisit(db, now).then((previous) => previous ?? now);
    visits.set(db.name, visit);
  }
  return visit;
}

const visitKey = (source: string) => ['visit', source] as const;

function visitBaselineQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: visitKey(db.apiBaseUrl),
    queryFn: () => startVisitOnce(db),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

/**
 * When the person's previous visit began (this one's start on a first visit; null while it is
 * read): changes after it are New or Changed. `markAllSeen` moves it to now.
 */
export function useVisitBaseline(): { sinceMs: number | null; markAllSeen: () => Promise<void> } {
  const { db } = useSource();
  const queryClient = useQueryClient();
  const baseline = useQuery(visitBaselineQuery(db));
  const markAllSeen = useCallback(async () => {
    const now = Date.now();
    await beginVisit(db, now);
    queryClient.setQueryData(visitKey(db.apiBaseUrl), now);
  }, [db, queryClient]);
  return { sinceMs: baseline.data ?? null, markAllSeen };
}
