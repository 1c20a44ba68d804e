import { use } from 'react';
import { SyncControllerContext } from '../../source/sourceContext.ts';
import type { SyncController } from '../../../sync/syncController.ts';

/** The current source's sync controller. Throws outside SourceProvider. */
export function useSyncController(): SyncController {
  const controller = use(SyncControllerContext);
  if (controller === null) throw new Error('useSyncController must be used inside SourceProvider');
  return controller;
}
