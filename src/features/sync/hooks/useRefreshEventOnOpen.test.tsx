// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeSourceDatabase,
  openSourceDatabase,
  type SourceDatabase,
} from '../../../db/sourceDatabase.ts';
import type { SyncController } from '../../../sync/syncController.ts';
import { renderWithEngine } from '../../source/testing/renderWithEngine.tsx';
import { syncKeys } from '../syncQueries.ts';
import { useRefreshEventOnOpen } from './useRefreshEventOnOpen.ts';

const API = 'https://refresh-on-open.test/2.3.0';
let db: SourceDatabase;

beforeEach(() => {
  db = openSourceDatabase(API);
});

afterEach(async () => {
  cleanup();
  closeSourceDatabase(db);
  await db.delete();
});

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
    const view = renderWithEngine(<Refresh id={7} />, { db, controller: null });
    const state = () => view.queryClient.getQueryState(syncKeys.refresh(API, 7));

    // Pending, not failed: the detail page must not say "not found" before the source was asked.
    expect(state()?.status).toBe('pending');
    expect(state()?.fetchStatus).toBe('idle');

    act(() => {
      view.rerender({ db, controller: refreshingController(refreshEvent) });
    });
    await waitFor(() => {
      expect(state()?.status).toBe('success');
    });
    expect(refreshEvent).toHaveBeenCalledExactlyOnceWith(7);
    expect(state()?.data).toEqual({ stored: true });
  });

  it('ends with an error when the sync code could not be loaded, so the page stops waiting', async () => {
    const error = new Error('The sync code could not be loaded.');
    const view = renderWithEngine(<Refresh id={7} />, { db, controller: null, error });

    await waitFor(() => {
      expect(view.queryClient.getQueryState(syncKeys.refresh(API, 7))?.status).toBe('error');
    });
    expect(view.queryClient.getQueryState(syncKeys.refresh(API, 7))?.error).toBe(error);
  });
});
