import { useQuery } from '@tanstack/react-query';
import { useSource } from '../../../ui/source/useSource.ts';
import { requireController, useSyncController } from '../../../ui/source/useSyncController.ts';
import { SCHEDULE_CHECK_INTERVAL_MS, syncKeys } from '../../../ui/queries/syncQueries.ts';

/**
 * Runs the sync scheduler through React Query: `networkMode: 'online'` pauses it offline and
 * resumes it on reconnect; focus and a regular tick ask again. Each check is local (is a sync due
 * under the cadence and the budget?); only a due check spends requests. Nothing runs until the
 * sync code has loaded.
 */
export function ScheduledSync() {
  const { apiBaseUrl } = useSource();
  const controller = useSyncController();
  useQuery({
    queryKey: syncKeys.scheduled(apiBaseUrl),
    queryFn: async () => ({
      result: await requireController(controller, null).runIfDue(),
      checkedAt: Date.now(),
    }),
    enabled: controller !== null,
    networkMode: 'online',
    // Ask again when the engine said it is due (a budget window opening, a retry time), if that is
    // sooner than the regular tick: a first download spread over windows continues on time.
    refetchInterval: (query) => {
      const result = query.state.data?.result;
      const dueAt =
        result?.status === 'not-due'
          ? result.dueAt
          : result?.status === 'ran'
            ? result.outcome.retryAt
            : null;
      if (dueAt === null) return SCHEDULE_CHECK_INTERVAL_MS;
      return Math.min(SCHEDULE_CHECK_INTERVAL_MS, Math.max(1_000, dueAt - Date.now() + 250));
    },
    refetchOnWindowFocus: 'always',
    refetchOnReconnect: 'always',
    staleTime: 0,
    // The engine retries and backs off itself, within the budget; a second layer would not.
    retry: false,
  });
  return null;
}
