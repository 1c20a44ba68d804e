import { queryOptions } from '@tanstack/react-query';
import { loadEventNews, loadNewsBudget, loadNewsFetch } from '../../../db/newsStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';

/** Keys from general to specific: a refresh invalidates `all(source)`. */
export const newsKeys = {
  all: (source: string) => ['news', source] as const,
  event: (source: string, eventId: number) => [...newsKeys.all(source), 'event', eventId] as const,
  refresh: (source: string, newsBaseUrl: string, scope: string) =>
    ['news-refresh', source, newsBaseUrl, scope] as const,
};

/** An event's stored news, when it was fetched, and the news budget (for "next try at …"). */
export function eventNewsQuery(db: SourceDatabase, eventId: number) {
  return queryOptions({
    queryKey: newsKeys.event(db.apiBaseUrl, eventId),
    queryFn: async () => {
      const [articles, fetch, budget] = await Promise.all([
        loadEventNews(db, eventId),
        loadNewsFetch(db, eventId),
        loadNewsBudget(db),
      ]);
      return { articles, fetch: fetch ?? null, budget };
    },
    networkMode: 'always',
    staleTime: Infinity,
  });
}
