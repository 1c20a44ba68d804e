// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncController } from '../../sync/syncController.ts';
import { createInMemoryLock } from '../../sync/syncLock.ts';
import { inThreadSyncEngine } from '../../sync/worker/testing/inThreadSyncEngine.ts';
import { unreachableFetch } from '../../api/testing/fetchFakes.ts';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import type { EngineRequest } from '../../sync/worker/syncEngine.ts';
import { useLazySyncEngine } from './useLazySyncEngine.ts';

const API = 'https://lazy-engine.test/2.3.0';
const source = sourceDatabasePerTest(API);
const startInThread = inThreadSyncEngine({
  lock: createInMemoryLock(),
  fetchImpl: unreachableFetch,
});
let request: EngineRequest;

beforeEach(() => {
  request = { apiBaseUrl: API, db: source.db, token: null };
});

describe('useLazySyncEngine', () => {
  it('has no controller on the first render, then the started one for this source', async () => {
    const { result } = renderHook(() => useLazySyncEngine(request, startInThread));

    expect(result.current).toEqual({ controller: null, error: null });
    await waitFor(() => {
      expect(result.current.controller).not.toBeNull();
    });
    expect(result.current.controller?.apiBaseUrl).toBe(API);
    expect(result.current.error).toBeNull();
  });

  it('holds the controller while mounted and releases it when unmounted', async () => {
    const release = vi.fn();
    const controller = { apiBaseUrl: API, retain: vi.fn(() => release) };
    const start = () => Promise.resolve(controller as unknown as SyncController);
    const { result, unmount } = renderHook(() => useLazySyncEngine(request, start));
    await waitFor(() => {
      expect(result.current.controller).toBe(controller);
    });
    expect(controller.retain).toHaveBeenCalledOnce();
    expect(release).not.toHaveBeenCalled();

    unmount();

    expect(release).toHaveBeenCalledOnce();
  });

  it('releases an engine that finishes starting after the page no longer wants it', async () => {
    const release = vi.fn();
    const controller = { apiBaseUrl: API, retain: vi.fn(() => release) };
    let finishStarting: (controller: SyncController) => void = () => undefined;
    const start = () =>
      new Promise<SyncController>((resolve) => {
        finishStarting = resolve;
      });
    const { unmount } = renderHook(() => useLazySyncEngine(request, start));

    unmount();
    finishStarting(controller as unknown as SyncController);

    await waitFor(() => {
      expect(release).toHaveBeenCalledOnce();
    });
  });

  it('never hands out the previous token’s controller', async () => {
    const { result, rerender } = renderHook(
      (props: EngineRequest) => useLazySyncEngine(props, startInThread),
      { initialProps: request },
    );
    await waitFor(() => {
      expect(result.current.controller).not.toBeNull();
    });
    const first = result.current.controller;

    rerender({ ...request, token: 'new-token' });

    expect(result.current.controller).toBeNull();
    await waitFor(() => {
      expect(result.current.controller).not.toBeNull();
    });
    expect(result.current.controller).not.toBe(first);
  });

  it('explains a failed start instead of waiting forever', async () => {
    const failing = () =>
      Promise.reject<SyncController>(new Error('The sync worker could not be started.'));
    const { result } = renderHook(() => useLazySyncEngine(request, failing));

    await waitFor(() => {
      expect(result.current.error).not.toBeNull();
    });
    expect(result.current.controller).toBeNull();
    expect(result.current.error?.message).toBe(
      'The sync code could not be loaded. Reload the page when the network is back.',
    );
  });
});
