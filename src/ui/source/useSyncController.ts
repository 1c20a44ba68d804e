import { use } from 'react';
import { SyncControllerContext, SyncEngineErrorContext } from './sourceContext.ts';
import type { SyncController } from '../../sync/syncController.ts';

/**
 * The current source's sync controller, or null while its code is still loading (it loads after
 * the first render). Throws outside SourceProvider.
 */
export function useSyncController(): SyncController | null {
  const controller = use(SyncControllerContext);
  if (controller === undefined) {
    throw new Error('useSyncController must be used inside SourceProvider');
  }
  return controller;
}

/** Why the sync code could not be loaded (it never will in this page), null otherwise. */
export function useSyncEngineError(): Error | null {
  return use(SyncEngineErrorContext);
}

const STARTING = 'The sync is still starting.';

/** Why sync actions are unavailable right now, null once the controller is there. */
export function syncUnavailableReason(
  controller: SyncController | null,
  error: Error | null,
): string | null {
  if (controller !== null) return null;
  return error?.message ?? STARTING;
}

/**
 * The controller for work that needs it; throws the load failure (or "still starting") otherwise.
 * Callers gate their queries on the controller, so this only fails when the code cannot load.
 */
export function requireController(
  controller: SyncController | null,
  error: Error | null,
): SyncController {
  if (controller !== null) return controller;
  throw error ?? new Error(STARTING);
}
