import { queryOptions } from '@tanstack/react-query';
import {
  loadChangesSince,
  loadEventChanges,
  loadRecentChanges,
} from '../../db/eventChangeStore.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import { eventKeys } from './eventQueries.ts';

/**
 * Change records are written in the same transaction as the events they describe, so their keys
 * sit under `eventKeys.all`: every sync write that invalidates the events refreshes them too.
 */
export const changeKeys = {
  all: (source: string) => [...eventKeys.all(source), 'changes'] as const,
  event: (source: string, id: number) => [...changeKeys.all(source), 'event', id] as const,
  recent: (source: string) => [...changeKeys.all(source), 'recent'] as const,
  since: (source: string, sinceMs: number) =>
    [...changeKeys.all(source), 'since', sinceMs] as const,
};

/** The "What changed" view shows at most this many changes (newest first). */
export const RECENT_CHANGES_LIMIT = 500;

export function eventChangesQuery(db: SourceDatabase, eventId: number) {
  return queryOptions({
    queryKey: changeKeys.event(db.apiBaseUrl, eventId),
    queryFn: () => loadEventChanges(db, eventId),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

export function recentChangesQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: changeKeys.recent(db.apiBaseUrl),
    queryFn: () => loadRecentChanges(db, RECENT_CHANGES_LIMIT),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

export function changesSinceQuery(db: SourceDatabase, sinceMs: number) {
  return queryOptions({
    queryKey: changeKeys.since(db.apiBaseUrl, sinceMs),
    queryFn: () => loadChangesSince(db, sinceMs),
    networkMode: 'always',
    staleTime: Infinity,
  });
}
