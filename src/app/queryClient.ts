import { onlineManager, QueryClient } from '@tanstack/react-query';

/**
 * One client for the app. Library defaults are kept (retries, refetch on focus): event queries
 * read IndexedDB with `staleTime: Infinity` and are refreshed by sync writes, not by timers.
 *
 * React Query assumes it is online until an `offline` event fires, and a page loaded with no
 * network never gets one: start from what the browser knows, so the status says "Offline" and the
 * sync stays paused after an offline reload.
 */
export function createQueryClient(): QueryClient {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
  return new QueryClient();
}
