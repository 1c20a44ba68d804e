import { QueryClient } from '@tanstack/react-query';

/**
 * One client for the app. Library defaults are kept (retries, refetch on focus): event queries
 * read IndexedDB with `staleTime: Infinity` and are refreshed by sync writes, not by timers.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient();
}
