import { useQuery, useQueryClient } from '@tanstack/react-query';
import { loadWatchlist } from '../../../db/personalStore.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { useNewsBaseUrl } from '../hooks/useNewsBaseUrl.ts';
import { newsKeys } from '../queries/newsQueries.ts';
import { NEWS_MAX_AGE_IN_BACKGROUND_MS } from '../utils/newsFreshness.ts';
import { useNewsRefresher } from '../worker/newsRefresher.ts';

/**
 * Brings the news of every watched event up to date when the page it is placed on opens: one
 * batched request per kind for all the stale ones, at most every few hours per event. Shows
 * nothing; a failure only delays the next try (the News section of an event says it).
 */
export function WatchedNewsRefresh() {
  const { db } = useSource();
  const queryClient = useQueryClient();
  const refreshNews = useNewsRefresher();
  const newsBase = useNewsBaseUrl();
  useQuery({
    queryKey: newsKeys.refresh(db.apiBaseUrl, newsBase.url ?? '', 'watchlist'),
    queryFn: async ({ signal }) => {
      const watched = (await loadWatchlist(db))
        .sort((a, b) => a.addedAtMs - b.addedAtMs)
        .map((row) => row.eventId);
      if (watched.length === 0) return { kind: 'fresh' as const };
      const outcome = await refreshNews(
        {
          apiBaseUrl: db.apiBaseUrl,
          newsBaseUrl: newsBase.url ?? '',
          eventIds: watched,
          maxAgeMs: NEWS_MAX_AGE_IN_BACKGROUND_MS,
        },
        signal,
      );
      await queryClient.invalidateQueries({ queryKey: newsKeys.all(db.apiBaseUrl) });
      return outcome;
    },
    enabled: newsBase.url !== null,
    networkMode: 'online',
    retry: false,
    refetchOnWindowFocus: false,
    // Every opening looks: when nothing is stale the answer comes from IndexedDB, at no request.
    staleTime: 0,
  });
  return null;
}
