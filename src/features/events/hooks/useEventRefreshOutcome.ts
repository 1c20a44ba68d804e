import { hashKey, onlineManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { syncKeys } from '../../../ui/queries/syncQueries.ts';

/**
 * What the detail refresh (`useRefreshEventOnOpen`, owned by sync) has found for this event so far:
 * 'pending' while it may still bring the event, 'stored' when it stored a copy, 'nothing' when it
 * finished without one, and 'offline' when it cannot run. Read from the refresh query's state so
 * the page never says "not found" before the source has been asked.
 */
export function useEventRefreshOutcome(
  apiBaseUrl: string,
  id: number,
): 'pending' | 'stored' | 'nothing' | 'offline' {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Only this event's refresh query matters: other queries' events are not passed on.
      const refreshHash = hashKey(syncKeys.refresh(apiBaseUrl, id));
      const unsubscribeCache = queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === refreshHash) onChange();
      });
      const unsubscribeOnline = onlineManager.subscribe(onChange);
      return () => {
        unsubscribeCache();
        unsubscribeOnline();
      };
    },
    [queryClient, apiBaseUrl, id],
  );
  const read = useCallback(() => {
    if (!onlineManager.isOnline()) return 'offline';
    const state = queryClient.getQueryState<{ stored: boolean }>(syncKeys.refresh(apiBaseUrl, id));
    if (state === undefined || state.status === 'pending') return 'pending';
    if (state.status === 'error') return 'nothing';
    return state.data?.stored === true ? 'stored' : 'nothing';
  }, [queryClient, apiBaseUrl, id]);
  return useSyncExternalStore(subscribe, read, read);
}
