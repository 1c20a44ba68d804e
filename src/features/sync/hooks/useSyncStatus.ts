import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { watchSyncState, type SyncStateSnapshot } from '../../../db/syncStateStore.ts';
import type { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { deriveSyncStatus, type SyncStatus } from '../../../sync/syncStatus.ts';
import { useSource } from '../../source/SourceProvider.tsx';
import { useNow } from './useNow.ts';
import { useSyncController } from './useSyncController.ts';

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);
const isOnline = () => onlineManager.isOnline();

/** Whether React Query considers the browser online (the same signal that pauses the sync). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, isOnline, () => true);
}

/**
 * The current sync status of the source, the same in every tab: this tab's running engine plus
 * the shared sync row (progress, last success, last error, budget) that whichever tab syncs writes.
 */
export function useSyncStatus(): SyncStatus & { now: number } {
  const { db } = useSource();
  const controller = useSyncController();
  const online = useOnline();
  const local = useSyncExternalStore(controller.subscribe, controller.getLocalState);
  const shared = useSharedSyncState(db);
  const now = useNow(10_000);
  return { ...deriveSyncStatus({ online, local, shared, policy: controller.policy, now }), now };
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
