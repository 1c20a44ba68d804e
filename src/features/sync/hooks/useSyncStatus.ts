import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  refreshSyncState,
  watchSyncState,
  type SyncStateSnapshot,
} from '../../../db/syncStateStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { budgetPolicyFor } from '../../../sync/budget.ts';
import type { LocalSyncState, SyncController } from '../../../sync/syncController.ts';
import { deriveSyncStatus, type SyncStatus } from '../../../sync/syncStatus.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import type { ShownSyncStatus } from '../utils/describeSyncStatus.ts';
import { useNow } from '../../../lib/useNow.ts';
import { useOnline } from '../../../ui/useOnline.ts';
import { useSyncController, useSyncEngineError } from '../../../ui/source/useSyncController.ts';

const SLOW_TICK_MS = 10_000;
/** Past the two minutes a countdown is shown for, with room for the slow tick to notice. */
const COUNTDOWN_NEAR_MS = 2 * 60_000 + SLOW_TICK_MS;

const IDLE: LocalSyncState = {
  running: false,
  progress: null,
  lastResult: null,
  wait: null,
  contact: null,
};
const noLocalChanges = () => () => undefined;
const idleState = () => IDLE;

/**
 * The current sync status of the source, the same in every tab: this tab's running engine plus
 * the shared sync row (progress, last success, last error, budget) that whichever tab syncs writes.
 * Before the sync code has loaded, this tab is idle and the shared row still tells the truth
 * (offline, last synced, another tab syncing); only "never synced" becomes "starting".
 */
export function useSyncStatus(): ShownSyncStatus & { now: number } {
  const { db, apiBaseUrl } = useSource();
  const controller = useSyncController();
  const engineError = useSyncEngineError();
  const online = useOnline();
  const local = useSyncExternalStore(
    controller?.subscribe ?? noLocalChanges,
    controller?.getLocalState ?? idleState,
  );
  const shared = useSharedSyncState(db);
  useFreshRowsOnEngineChange(db, local);
  const [tickMs, setTickMs] = useState(SLOW_TICK_MS);
  const now = useNow(tickMs);
  const policy = controller?.policy ?? budgetPolicyFor(apiBaseUrl);
  const status = deriveSyncStatus({ online, local, shared, policy, now });
  // A short wait is shown as a countdown: tick every second while one is near.
  const countingDown = status.wait !== null && status.wait.until - now < COUNTDOWN_NEAR_MS;
  const wantedTickMs = countingDown ? 1000 : SLOW_TICK_MS;
  if (tickMs !== wantedTickMs) setTickMs(wantedTickMs);
  return { ...status, ...notLoaded(controller, engineError, status), now };
}

/** How a missing controller changes the status: a load failure is a failure, loading is 'starting'. */
function notLoaded(
  controller: SyncController | null,
  engineError: Error | null,
  status: SyncStatus,
): Partial<ShownSyncStatus> {
  if (controller !== null || status.kind === 'offline' || status.kind === 'syncing') return {};
  if (engineError !== null) return { kind: 'failed', reason: engineError.message, retryAt: null };
  return status.kind === 'never-synced' ? { kind: 'starting' } : {};
}

/**
 * The shared rows are read at most twice a second (decision 032). When this tab's engine starts,
 * ends a run or meets a wait, its rows are read at once, so the status never pairs the engine's
 * new state with rows written before it (a finished run with its last progress row).
 */
function useFreshRowsOnEngineChange(db: SourceDatabase, local: LocalSyncState): void {
  const { running, lastResult, wait } = local;
  const seen = useRef({ db, running, lastResult, wait });
  useEffect(() => {
    const before = seen.current;
    seen.current = { db, running, lastResult, wait };
    if (before.db !== db) return;
    if (before.running === running && before.lastResult === lastResult && before.wait === wait) {
      return;
    }
    refreshSyncState(db);
  }, [db, running, lastResult, wait]);
}

function useSharedSyncState(db: SourceDatabase): SyncStateSnapshot | null {
  const [state, setState] = useState<{ db: SourceDatabase; snapshot: SyncStateSnapshot } | null>(
    null,
  );
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(
    () =>
      watchSyncState(
        db,
        (snapshot) => {
          setState({ db, snapshot });
        },
        setFailure,
      ),
    [db],
  );
  // A storage failure belongs to the error boundary, not to a status that silently stays stale.
  if (failure !== null) {
    throw failure instanceof Error
      ? failure
      : new Error('Could not read the sync state', { cause: failure });
  }
  return state?.db === db ? state.snapshot : null;
}
