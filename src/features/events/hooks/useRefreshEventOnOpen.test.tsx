// @vitest-environment happy-dom
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncController } from '../../../sync/syncController.ts';
import { renderWithEngine } from '../../../ui/testing/renderWithEngine.tsx';
import { sourceDatabasePerTest } from '../../../db/testing/sourceDatabasePerTest.ts';
import { syncKeys } from '../../../ui/queries/syncQueries.ts';
import { useRefreshEventOnOpen } from './useRefreshEventOnOpen.ts';

const API = 'https://refresh-on-open.test/2.3.0';
const source = sourceDatabasePerTest(API);

function Refresh({ id }: { id: number }) {
  useRefreshEventOnOpen(id);
  return null;
}

/** A controller whose only used method is the detail refresh. */
function refreshingController(refreshEvent: (id: number) => Promise<boolean>): SyncController {
  return { apiBaseUrl: API, refreshEvent } as unknown as SyncController;
}

describe('useRefreshEventOnOpen', () => {
  it('stays pending while the sync code loads, then refreshes once it is there', async () => {
    const refreshEvent = vi.fn(() => Promise.resolve(true));
    const view = renderWithEngine(<Refresh id={7} />, { db: source.db, controller: null });
    const state = () => view.queryClient.getQueryState(syncKeys.refresh(API, 7));

    // Pending, not failed: the detail page must not say "not found" before the source was asked.
    expect(state()?.status).toBe('pending');
    expect(state()?.fetchStatus).toBe('idle');

    act(() => {
      view.rerender({ db: source.db, controller: refreshingController(refreshEvent) });
    });
    await waitFor(() => {
      expect(state()?.status).toBe('success');
    });
    expect(refreshEvent).toHaveBeenCalledExactlyOnceWith(7);
    expect(state()?.data).toEqual({ stored: true });
  });

  it('ends with an error when the sync code could not be loaded, so the page stops waiting', async () => {
    const error = new Error('The sync code could not be loaded.');
    const view = renderWithEngine(<Refresh id={7} />, { db: source.db, controller: null, error });

    await waitFor(() => {
      expect(view.queryClient.getQueryState(syncKeys.refresh(API, 7))?.status).toBe('error');
    });
    expect(view.queryClient.getQueryState(syncKeys.refresh(API, 7))?.error).toBe(error);
  });
});
