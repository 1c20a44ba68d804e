import { useQuery } from '@tanstack/react-query';
import { useSyncController } from './useSyncController.ts';
import { syncKeys } from '../syncQueries.ts';

/**
 * Detail freshness: opening an event while online and within budget fetches `/events/{id}/` once
 * and stores it; the detail query re-reads through the store's write notification. Offline the
 * query waits (`networkMode: 'online'`) and the stored copy is shown meanwhile.
 */
export function useRefreshEventOnOpen(id: number | null): void {
  const controller = useSyncController();
  useQuery({
    queryKey: syncKeys.refresh(controller.apiBaseUrl, id ?? -1),
    queryFn: async () => ({ stored: await controller.refreshEvent(id ?? -1) }),
    enabled: id !== null && Number.isSafeInteger(id) && id > 0,
    networkMode: 'online',
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
