// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncController, SyncRequestResult } from '../../../sync/syncController.ts';
import { renderWithEngine } from '../../../ui/testing/renderWithEngine.tsx';
import { sourceDatabasePerTest } from '../../../db/testing/sourceDatabasePerTest.ts';
import { SyncMaintenanceSection } from './SyncMaintenanceSection.tsx';

const API = 'https://maintenance.test/2.3.0';
const source = sourceDatabasePerTest(API);

const upToDate: SyncRequestResult = {
  status: 'ran',
  outcome: {
    status: 'up-to-date',
    requests: 3,
    written: 0,
    removed: 2,
    rejected: 0,
    reconciled: true,
    retryAt: null,
    failure: null,
  },
};

function isDisabled(name: string): boolean {
  return screen.getByRole<HTMLButtonElement>('button', { name }).disabled;
}

describe('SyncMaintenanceSection', () => {
  it('disables its buttons and says why until the sync code has loaded, then works', async () => {
    const reconcileNow = vi.fn(() => Promise.resolve(upToDate));
    const view = renderWithEngine(<SyncMaintenanceSection />, { db: source.db, controller: null });

    expect(isDisabled('Check for removed events')).toBe(true);
    expect(isDisabled('Re-download everything')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('The sync is still starting.');

    const controller = { apiBaseUrl: API, reconcileNow } as unknown as SyncController;
    act(() => {
      view.rerender({ db: source.db, controller });
    });
    expect(isDisabled('Check for removed events')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Check for removed events' }));

    expect(await screen.findByText('Done. 2 removed events were deleted here too.')).toBeTruthy();
    expect(reconcileNow).toHaveBeenCalledOnce();
  });

  it('says why the buttons stay disabled when the sync code could not be loaded', () => {
    const error = new Error('The sync code could not be loaded. Reload the page.');
    renderWithEngine(<SyncMaintenanceSection />, { db: source.db, controller: null, error });

    expect(isDisabled('Check for removed events')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(error.message);
  });
});
