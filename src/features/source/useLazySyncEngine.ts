import { useEffect, useMemo, useState } from 'react';
import type { SyncController } from '../../sync/syncController.ts';
import type { EngineRequest, SyncEngineStarter } from '../../sync/worker/syncEngine.ts';

type EngineState =
  | { request: EngineRequest; controller: SyncController; error: null }
  | { request: EngineRequest; controller: null; error: Error };

/**
 * Starts the API client and sync engine for this source after the first render and keeps its
 * controller running while mounted. Until it has started, `controller` is null; `error` says why
 * it never will (its code could not be fetched, e.g. offline before the app was cached).
 */
export function useLazySyncEngine(
  request: EngineRequest,
  /** How the engine is started (a stable function: a new one starts it again). */
  startEngine: SyncEngineStarter,
): { controller: SyncController | null; error: Error | null } {
  const { apiBaseUrl, db, token } = request;
  const current = useMemo<EngineRequest>(
    () => ({ apiBaseUrl, db, token }),
    [apiBaseUrl, db, token],
  );
  const [state, setState] = useState<EngineState | null>(null);

  useEffect(() => {
    let cancelled = false;
    let release: (() => void) | null = null;
    startEngine(current).then(
      (controller) => {
        // Switching source or unmounting stops a run in flight; its last stored page keeps its cursor.
        release = controller.retain();
        if (cancelled) {
          release();
          return;
        }
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
  }, [current, startEngine]);

  // A state left from the previous source or token is never handed out.
  if (state === null || state.request !== current) return { controller: null, error: null };
  return { controller: state.controller, error: state.error };
}
