import type { SyncController } from '../syncController.ts';
import {
  errorData,
  type EngineEndpoint,
  type FromSyncEngine,
  type ToSyncEngine,
} from './syncEngineProtocol.ts';

/** Builds the controller for the source the page asked for (the worker opens its own database). */
export type CreateController = (start: {
  apiBaseUrl: string;
  token: string | null;
}) => SyncController;

/**
 * The worker's side of decision 014: runs one source's sync controller and answers the page's
 * calls with their results. Progress and the running flag go back as they change, so the page's
 * status line reads as if the engine ran beside it.
 */
export function serveSyncEngine(
  endpoint: EngineEndpoint<ToSyncEngine, FromSyncEngine>,
  createController: CreateController,
): void {
  let controller: SyncController | null = null;

  endpoint.addEventListener('message', ({ data: message }) => {
    switch (message.type) {
      case 'start': {
        if (controller !== null) return;
        try {
          const started = createController(message);
          controller = started;
          started.subscribe(() => {
            endpoint.postMessage({ type: 'state', state: started.getLocalState() });
          });
          endpoint.postMessage({ type: 'ready', state: started.getLocalState() });
        } catch (error) {
          endpoint.postMessage({ type: 'failed-to-start', error: errorData(error) });
        }
        return;
      }
      case 'call': {
        const { id, method, args } = message;
        if (controller === null) {
          const error = { name: 'Error', message: 'The sync engine has not started.' };
          endpoint.postMessage({ type: 'settled', id, ok: false, error });
          return;
        }
        const call: Promise<unknown> =
          method === 'refreshEvent'
            ? controller.refreshEvent(args[0] ?? Number.NaN)
            : controller[method]();
        call.then(
          (value) => {
            endpoint.postMessage({ type: 'settled', id, ok: true, value });
          },
          (error: unknown) => {
            endpoint.postMessage({ type: 'settled', id, ok: false, error: errorData(error) });
          },
        );
        return;
      }
      case 'stop':
        controller?.stop();
        return;
    }
  });
}
