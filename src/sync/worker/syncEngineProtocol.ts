import type { LocalSyncState, SyncController } from '../syncController.ts';

/**
 * The messages between the page and the sync worker (decision 014). The worker owns the API client,
 * the zod schemas and every IndexedDB write of a sync; the page asks it to act and mirrors what it
 * is doing. Everything crossing is plain data, so it survives structured cloning.
 */

/** The controller's methods that the page may call across the boundary. */
export type EngineMethod =
  | 'runIfDue'
  | 'syncNow'
  | 'reconcileNow'
  | 'redownloadEverything'
  | 'nextDueAt'
  | 'refreshEvent'
  | 'checkReachable';

export type EngineResult<M extends EngineMethod> = Awaited<ReturnType<SyncController[M]>>;

export type ToSyncEngine =
  | { type: 'start'; apiBaseUrl: string; token: string | null }
  | { type: 'call'; id: number; method: EngineMethod; args: number[] }
  | { type: 'stop' };

export type FromSyncEngine =
  | { type: 'ready'; state: LocalSyncState }
  | { type: 'state'; state: LocalSyncState }
  | { type: 'settled'; id: number; ok: true; value: unknown }
  | { type: 'settled'; id: number; ok: false; error: { name: string; message: string } }
  | { type: 'failed-to-start'; error: { name: string; message: string } };

/** One side of the channel: a dedicated worker, its global scope, or a MessagePort in tests. */
export interface EngineEndpoint<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
}

/** An error as plain data: its class does not survive the crossing, its name and message do. */
export function errorData(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** The error again on the receiving side: a plain `Error` with the name and message it had. */
export function errorFromData(data: { name: string; message: string }): Error {
  return Object.assign(new Error(data.message), { name: data.name });
}
