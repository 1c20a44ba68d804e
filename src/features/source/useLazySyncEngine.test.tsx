// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryLock } from '../../sync/syncLock.ts';
import { unreachableFetch } from './testing/renderWithSource.tsx';
import { sourceDatabasePerTest } from './testing/sourceDatabasePerTest.ts';
import {
  useLazySyncEngine,
  type EngineRequest,
  type SyncEngineModule,
} from './useLazySyncEngine.ts';

const API = 'https://lazy-engine.test/2.3.0';
const source = sourceDatabasePerTest(API);
let request: EngineRequest;

beforeEach(() => {
  request = {
    apiBaseUrl: API,
    db: source.db,
    token: null,
    lock: createInMemoryLock(),
    fetchImpl: unreachableFetch,
  };
});

describe('useLazySyncEngine', () => {
  it('has no controller on the first render, then the loaded one for this source', async () => {
    const { result } = renderHook(() => useLazySyncEngine(request));

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
    const engine = {
      createSyncEngine: () => ({ controller }),
    } as unknown as SyncEngineModule;
    const importEngine = () => Promise.resolve(engine);
    const { result, unmount } = renderHook(() => useLazySyncEngine(request, importEngine));
    await waitFor(() => {
      expect(result.current.controller).toBe(controller);
    });
    expect(controller.retain).toHaveBeenCalledOnce();
    expect(release).not.toHaveBeenCalled();

    unmount();

    expect(release).toHaveBeenCalledOnce();
  });

  it('never hands out the previous token’s controller', async () => {
    const { result, rerender } = renderHook((props: EngineRequest) => useLazySyncEngine(props), {
      initialProps: request,
    });
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

  it('explains a failed load instead of waiting forever', async () => {
    const failing = () =>
      Promise.reject<SyncEngineModule>(
        new TypeError('Failed to fetch dynamically imported module'),
      );
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
