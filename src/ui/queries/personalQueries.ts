import { queryOptions } from '@tanstack/react-query';
import { loadWatchlist } from '../../db/personalStore.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';

/**
 * The person's own data of a source; invalidated by their actions and other tabs'. The watchlist is
 * read here (several features show stars); the reminders' reads live in features/reminders.
 */
export const personalKeys = {
  all: (source: string) => ['personal', source] as const,
  watchlist: (source: string) => [...personalKeys.all(source), 'watchlist'] as const,
  reminders: (source: string) => [...personalKeys.all(source), 'reminders'] as const,
  shownReminders: (source: string) => [...personalKeys.all(source), 'shownReminders'] as const,
  backgroundCheck: (source: string) => [...personalKeys.all(source), 'backgroundCheck'] as const,
};

/** Starred event ids, in the order they were starred. */
export function watchlistQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: personalKeys.watchlist(db.apiBaseUrl),
    queryFn: async () =>
      (await loadWatchlist(db)).sort((a, b) => a.addedAtMs - b.addedAtMs).map((row) => row.eventId),
    networkMode: 'always',
    staleTime: Infinity,
  });
}
