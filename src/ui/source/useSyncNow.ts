import { onlineManager, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
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

/** What "Sync now" says while it waits for an unreachable source (it runs once it answers). */
export const WAITING_FOR_SOURCE_MESSAGE =
  'The source cannot be reached (no network?). This sync starts as soon as it answers.';
/** What "Sync now" says when its run met no network. */
export const UNREACHABLE_MESSAGE = 'Not synced: the source cannot be reached (no network?).';

/** Resolves when the app's online signal says online (at once if it does). */
function untilOnline(): Promise<void> {
  return new Promise((resolve) => {
    if (onlineManager.isOnline()) {
      resolve();
      return;
    }
    const unsubscribe = onlineManager.subscribe((online) => {
      if (!online) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * "Sync now": a delta sync within the budget. It finds out at once rather than queueing behind the
 * online signal: when the app believes it is offline it first asks the source's free
 * `/api-throttle/` whether it answers; if not it says so and runs as soon as the signal is back
 * (found by the reachability probe or the browser's own event). `message` says why nothing happened when
 * the sync could not run; `unavailable` says why it cannot be asked for yet (the sync code is still
 * loading, or failed to load).
 */
export function useSyncNow() {
  const { apiBaseUrl } = useSource();
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  const unavailable = syncUnavailableReason(controller, engineError);
  const [waitingForSource, setWaitingForSource] = useState(false);
  const mutation = useMutation({
    mutationKey: syncKeys.now(apiBaseUrl),
    mutationFn: async () => {
      const engine = requireController(controller, engineError);
      if (!onlineManager.isOnline() && !(await engine.checkReachable())) {
        setWaitingForSource(true);
        try {
          await untilOnline();
        } finally {
          setWaitingForSource(false);
        }
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
    /** Asked and not yet answered: running, or waiting for an unreachable source. */
    pending: mutation.isPending,
    message: waitingForSource ? WAITING_FOR_SOURCE_MESSAGE : (mutation.data?.message ?? null),
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
