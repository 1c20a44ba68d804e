import { useQuery } from '@tanstack/react-query';
import { useSource } from '../../../ui/source/useSource.ts';
import {
  requireController,
  useSyncController,
  useSyncEngineError,
} from '../../../ui/source/useSyncController.ts';
import { syncKeys } from '../../../ui/queries/syncQueries.ts';

/**
 * Detail freshness: opening an event while online and within budget fetches `/events/{id}/` once
 * and stores it; the detail query re-reads through the store's write notification. Offline the
 * query waits (`networkMode: 'online'`) and the stored copy is shown meanwhile.
 *
 * Until the sync code has loaded the query stays disabled, so its state stays 'pending' and the
 * detail page keeps waiting rather than saying "not found"; if the code cannot load, the query
 * fails with that reason, so the page stops waiting.
 */
export function useRefreshEventOnOpen(id: number | null): void {
  const { apiBaseUrl } = useSource();
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  useQuery({
    queryKey: syncKeys.refresh(apiBaseUrl, id ?? -1),
    queryFn: async () => ({
      stored: await requireController(controller, engineError).refreshEvent(id ?? -1),
    }),
    enabled:
      id !== null &&
      Number.isSafeInteger(id) &&
      id > 0 &&
      (controller !== null || engineError !== null),
    networkMode: 'online',
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
