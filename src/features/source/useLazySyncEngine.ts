import { useEffect, useMemo, useState } from 'react';
import type { FetchImpl } from '../../api/http.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { SyncController } from '../../sync/syncController.ts';
import type { SyncLock } from '../../sync/syncLock.ts';

export type SyncEngineModule = typeof import('./syncEngine.ts');

/** The one dynamic import of the API client, its zod schemas and the sync engine. */
const importSyncEngine = (): Promise<SyncEngineModule> => import('./syncEngine.ts');

export interface EngineRequest {
  apiBaseUrl: string;
  db: SourceDatabase;
  token: string | null;
  lock: SyncLock | undefined;
  fetchImpl: FetchImpl | undefined;
}

type EngineState =
  | { request: EngineRequest; controller: SyncController; error: null }
  | { request: EngineRequest; controller: null; error: Error };

/**
 * Loads the API client and sync engine for this source after the first render and keeps its
 * controller running while mounted. Until it has loaded, `controller` is null; `error` says why
 * it never will (the chunk could not be fetched, e.g. offline before the app was cached).
 */
export function useLazySyncEngine(
  request: EngineRequest,
  /** For tests: how the engine's code is loaded (a stable function: a new one loads again). */
  importEngine: () => Promise<SyncEngineModule> = importSyncEngine,
): { controller: SyncController | null; error: Error | null } {
  const { apiBaseUrl, db, token, lock, fetchImpl } = request;
  const current = useMemo<EngineRequest>(
    () => ({ apiBaseUrl, db, token, lock, fetchImpl }),
    [apiBaseUrl, db, token, lock, fetchImpl],
  );
  const [state, setState] = useState<EngineState | null>(null);

  useEffect(() => {
    let cancelled = false;
    let release: (() => void) | null = null;
    importEngine().then(
      ({ createSyncEngine }) => {
        if (cancelled) return;
        const { controller } = createSyncEngine(current);
        // Switching source or unmounting stops a run in flight; its last stored page keeps its cursor.
        release = controller.retain();
        setState({ request: current, controller, error: null });
      },
      (cause: unknown) => {
        if (cancelled) return;
        const error = new Error(
          'The sync code could not be loaded. Reload the page when the network is back.',
          { cause },
        );
        setState({ request: current, controller: null, error });
      },
    );
    return () => {
      cancelled = true;
      release?.();
    };
  }, [current, importEngine]);

  // A state left from the previous source or token is never handed out.
  if (state === null || state.request !== current) return { controller: null, error: null };
  return { controller: state.controller, error: state.error };
}
