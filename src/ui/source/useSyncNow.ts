import { useMutation } from '@tanstack/react-query';
import { formatWait } from '../../api/formatWait.ts';
import type { SyncRequestResult } from '../../sync/syncController.ts';
import { useSource } from './useSource.ts';
import {
  requireController,
  syncUnavailableReason,
  useSyncController,
  useSyncEngineError,
} from './useSyncController.ts';
import { syncKeys } from '../queries/syncQueries.ts';

/**
 * "Sync now": a delta sync within the budget, run as a mutation with `networkMode: 'online'` so a
 * click while offline waits for the network instead of failing. `message` says why nothing
 * happened when the sync could not run; `unavailable` says why it cannot be asked for yet (the
 * sync code is still loading, or failed to load).
 */
export function useSyncNow() {
  const { apiBaseUrl } = useSource();
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  const unavailable = syncUnavailableReason(controller, engineError);
  const mutation = useMutation({
    mutationKey: syncKeys.now(apiBaseUrl),
    mutationFn: async () => {
      const result = await requireController(controller, engineError).syncNow();
      return { result, message: explainResult(result, Date.now()) };
    },
    networkMode: 'online',
    retry: false,
  });
  return {
    syncNow: () => {
      if (controller !== null) mutation.mutate();
    },
    unavailable,
    waitingForNetwork: mutation.isPaused,
    running: mutation.isPending && !mutation.isPaused,
    message: mutation.data?.message ?? null,
  };
}

/** A sentence for a "Sync now" that did not sync, null when it ran. */
export function explainResult(result: SyncRequestResult, now: number): string | null {
  switch (result.status) {
    case 'busy':
      return 'Another tab is syncing this source right now; this tab shows its progress.';
    case 'refused':
      return result.retryAt === null
        ? `Not synced: ${result.reason}`
        : `Not synced: ${result.reason} The next request is possible in ${formatWait((result.retryAt - now) / 1000)}.`;
    case 'not-due':
    case 'ran':
      return null;
  }
}
