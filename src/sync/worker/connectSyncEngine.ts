import { retainCount } from '../../lib/retainCount.ts';
import { budgetPolicyFor } from '../budget.ts';
import type { LocalSyncState, SyncController } from '../syncController.ts';
import {
  errorFromData,
  type EngineEndpoint,
  type EngineMethod,
  type EngineResult,
  type FromSyncEngine,
  type ToSyncEngine,
} from './syncEngineProtocol.ts';

type Settle = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The page's side of decision 014: a SyncController whose work runs at the other end of
 * `endpoint` (the sync worker). Resolves once the engine there has started; `close` ends it (the
 * worker is terminated) when the last holder releases the controller.
 */
export function connectSyncEngine(
  endpoint: EngineEndpoint<FromSyncEngine, ToSyncEngine>,
  start: { apiBaseUrl: string; token: string | null },
  close: () => void,
): Promise<SyncController> {
  const listeners = new Set<() => void>();
  const pending = new Map<number, Settle>();
  let local: LocalSyncState = {
    running: false,
    progress: null,
    lastResult: null,
    wait: null,
    contact: null,
  };
  let nextId = 1;
  let closed = false;

  const mirror = (state: LocalSyncState) => {
    local = state;
    for (const listener of listeners) listener();
  };

  function call<M extends EngineMethod>(method: M, ...args: number[]): Promise<EngineResult<M>> {
    if (closed) return Promise.reject(closedError());
    const id = nextId++;
    return new Promise<EngineResult<M>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      endpoint.postMessage({ type: 'call', id, method, args });
    });
  }

  function shutDown() {
    closed = true;
    endpoint.removeEventListener('message', onMessage);
    for (const { reject } of pending.values()) reject(closedError());
    pending.clear();
    close();
  }

  const controller: SyncController = {
    apiBaseUrl: start.apiBaseUrl,
    policy: budgetPolicyFor(start.apiBaseUrl),
    runIfDue: () => call('runIfDue'),
    syncNow: () => call('syncNow'),
    reconcileNow: () => call('reconcileNow'),
    redownloadEverything: () => call('redownloadEverything'),
    nextDueAt: () => call('nextDueAt'),
    refreshEvent: (id) => call('refreshEvent', id),
    checkReachable: () => call('checkReachable'),
    getLocalState: () => local,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      if (!closed) endpoint.postMessage({ type: 'stop' });
    },
    retain: retainCount(() => {
      if (!closed) shutDown();
    }),
  };

  let started: Settle | null = null;
  function onMessage({ data: message }: MessageEvent<FromSyncEngine>) {
    switch (message.type) {
      case 'ready':
        local = message.state;
        started?.resolve(controller);
        return;
      case 'failed-to-start':
        started?.reject(errorFromData(message.error));
        shutDown();
        return;
      case 'state':
        mirror(message.state);
        return;
      case 'settled': {
        const settle = pending.get(message.id);
        if (settle === undefined) return;
        pending.delete(message.id);
        if (message.ok) settle.resolve(message.value);
        else settle.reject(errorFromData(message.error));
        return;
      }
    }
  }

  return new Promise<SyncController>((resolve, reject) => {
    started = { resolve: resolve as (value: unknown) => void, reject };
    endpoint.addEventListener('message', onMessage);
    endpoint.postMessage({ type: 'start', ...start });
  });
}

function closedError(): Error {
  return Object.assign(new Error('The sync engine was closed.'), { name: 'AbortError' });
}
