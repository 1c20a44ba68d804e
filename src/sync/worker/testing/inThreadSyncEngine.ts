import type { FetchImpl } from '../../../api/http.ts';
import type { SyncLock } from '../../syncLock.ts';
import type { SyncEngineStarter } from '../syncEngine.ts';

/**
 * Runs the sync engine in the test's own thread (Node has no module workers), with the test's
 * fetch and lock. The app runs the same engine in a worker (startSyncWorker.ts).
 */
export function inThreadSyncEngine(
  options: { lock?: SyncLock; fetchImpl?: FetchImpl } = {},
): SyncEngineStarter {
  return async ({ apiBaseUrl, db, token }) => {
    const { createSyncEngine } = await import('../syncEngine.ts');
    return createSyncEngine({
      apiBaseUrl,
      db,
      token,
      lock: options.lock,
      fetchImpl: options.fetchImpl,
    });
  };
}
