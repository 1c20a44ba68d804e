import { createContext, useContext } from 'react';
import type { NewsRefreshOutcome } from '../utils/refreshNews.ts';
import type { NewsRefreshOrder } from './newsWorkerProtocol.ts';
import { refreshNewsInWorker } from './refreshNewsInWorker.ts';

/** Brings the stored news of some events up to date (refreshNews.ts); rejects as AbortError on abort. */
export type NewsRefresher = (
  order: NewsRefreshOrder,
  signal?: AbortSignal,
) => Promise<NewsRefreshOutcome>;

/**
 * How this app refreshes news: in a worker (decision 035), so the news client and its zod schemas
 * never load on the page's main thread. Tests that render without workers provide the same refresh
 * run in the thread (refreshNewsInThread.ts, which the worker runs too).
 */
export const NewsRefresherContext = createContext<NewsRefresher>(refreshNewsInWorker);

export function useNewsRefresher(): NewsRefresher {
  return useContext(NewsRefresherContext);
}
