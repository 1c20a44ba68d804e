import { openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { refreshNews, type NewsRefreshOutcome } from '../utils/refreshNews.ts';
import type { NewsRefreshOrder } from './newsWorkerProtocol.ts';

/**
 * A news order carried out in the calling thread: what the news worker does with each order it
 * gets, and the refresher of tests that render without workers.
 */
export function refreshNewsInThread(
  { apiBaseUrl, ...order }: NewsRefreshOrder,
  signal?: AbortSignal,
): Promise<NewsRefreshOutcome> {
  return refreshNews({
    db: openSourceDatabase(apiBaseUrl),
    ...order,
    ...(signal ? { signal } : {}),
  });
}
