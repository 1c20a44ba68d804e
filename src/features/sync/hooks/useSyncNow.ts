import { onlineManager, useMutation } from '@tanstack/react-query';
import { formatWait } from '../../../api/formatWait.ts';
import type { SyncRequestResult } from '../../../sync/syncController.ts';
import { useSource } from '../../source/SourceProvider.tsx';
import {
  requireController,
  syncUnavailableReason,
  useSyncController,
  useSyncEngineError,
} from './useSyncController.ts';
import { syncKeys } from '../syncQueries.ts';

/** What "Sync now" says when it found the source unreachable. */
export const UNREACHABLE_MESSAGE =
  'Not synced: the source cannot be reached (no network?). The sync starts by itself once it answers again.';

/**
 * "Sync now": a delta sync within the budget. It finds out at once rather than queueing behind the
 * online signal: when the app believes it is offline it first asks the source's free
 * `/api-throttle/` whether it answers, and says so if not. `message` says why nothing happened when
 * the sync could not run; `unavailable` says why it cannot be asked for yet (the sync code is still
 * loading, or failed to load).
 */
export function useSyncNow() {
  const { apiBaseUrl } = useSource();
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  const unavailable = syncUnavailableReason(controller, engineError);
  const mutation = useMutation({
    mutationKey: syncKeys.now(apiBaseUrl),
    mutationFn: async () => {
      const engine = requireController(controller, engineError);
      if (!onlineManager.isOnline() && !(await engine.checkReachable())) {
        return { result: null, message: UNREACHABLE_MESSAGE };
      }
      const result = await engine.syncNow();
      return { result, message: explainResult(result, Date.now()) };
    },
    networkMode: 'always',
    retry: false,
  });
  return {
    syncNow: () => {
      if (controller !== null) mutation.mutate();
    },
    unavailable,
    running: mutation.isPending,
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
    case 'ran':
      return result.outcome.failure?.kind === 'network' ? UNREACHABLE_MESSAGE : null;
    case 'not-due':
      return null;
  }
}
