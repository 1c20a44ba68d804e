import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventNewsQuery, newsKeys } from '../queries/newsQueries.ts';
import { NEWS_MAX_AGE_ON_OPEN_MS } from '../utils/newsFreshness.ts';
import { useNewsBaseUrl } from './useNewsBaseUrl.ts';
import { useNewsRefresher } from '../worker/newsRefresher.ts';

/**
 * An event's news: what is stored, at once and offline, and a refresh when the page opens (the
 * news client loads on demand, so the detail page's first render does not wait for it). The
 * refresh pauses offline (`networkMode: 'online'`) and does not retry on its own: the news budget
 * decides when to ask again.
 */
export function useEventNews(eventId: number) {
  const { db } = useSource();
  const queryClient = useQueryClient();
  const refreshNews = useNewsRefresher();
  const newsBase = useNewsBaseUrl();
  const stored = useQuery(eventNewsQuery(db, eventId));
  const refresh = useQuery({
    queryKey: newsKeys.refresh(db.apiBaseUrl, newsBase.url ?? '', `event:${eventId}`),
    queryFn: async ({ signal }) => {
      const outcome = await refreshNews(
        {
          apiBaseUrl: db.apiBaseUrl,
          newsBaseUrl: newsBase.url ?? '',
          eventIds: [eventId],
          maxAgeMs: NEWS_MAX_AGE_ON_OPEN_MS,
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
    staleTime: NEWS_MAX_AGE_ON_OPEN_MS,
  });
  return { stored, refresh, newsBase };
}
