import type { SyncController } from '../syncController.ts';
import { connectSyncEngine } from './connectSyncEngine.ts';
import type { EngineRequest } from './syncEngine.ts';

/**
 * Starts the sync worker for one source and resolves with its controller (decision 014). Rejects
 * when the worker's code cannot be loaded, e.g. offline before the app was ever cached.
 */
export function startSyncWorker({ apiBaseUrl, token }: EngineRequest): Promise<SyncController> {
  const worker = new Worker(new URL('./syncWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Rendezvous sync',
  });
  return new Promise<SyncController>((resolve, reject) => {
    const failedToLoad = () => {
      reject(new Error('The sync worker could not be started.'));
      worker.terminate();
    };
    worker.addEventListener('error', failedToLoad);
    connectSyncEngine(worker, { apiBaseUrl, token }, () => {
      worker.terminate();
    }).then((controller) => {
      worker.removeEventListener('error', failedToLoad);
      resolve(controller);
    }, reject);
  });
}
