// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsDatabase, readSettings, updateSettings } from '../../../db/settings.ts';
import { INITIAL_SYNC_PROGRESS, type SyncProgressRow } from '../../../db/syncStateRows.ts';
import { closeSourceDatabase, openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { unreachableFetch } from '../../../api/testing/fetchFakes.ts';
import { renderWithSource } from '../../../app/testing/renderWithSource.tsx';
import { FirstSyncState } from './FirstSyncState.tsx';

const API = 'https://unreachable.test/2.3.0';

beforeEach(async () => {
  await updateSettings({ apiUrl: API });
});

afterEach(async () => {
  cleanup();
  const db = openSourceDatabase(API);
  closeSourceDatabase(db);
  await db.delete();
  await openSettingsDatabase().delete();
});

describe('FirstSyncState', () => {
  it('shows the progress of the first download', async () => {
    const row: SyncProgressRow = {
      ...INITIAL_SYNC_PROGRESS,
      progress: { done: 300, total: 1100, updatedAt: Date.now() },
    };
    await openSourceDatabase(API).syncState.put(row);
    renderWithSource(<FirstSyncState />, { fetchImpl: unreachableFetch });

    expect(await screen.findByText('Downloading events from unreachable.test…')).toBeTruthy();
    expect(screen.getByText('300 of 1,100')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Downloaded events' })).toBeTruthy();
  });

  it('switches to the built-in sample data on request', async () => {
    const db = openSourceDatabase(API);
    const row: SyncProgressRow = {
      ...INITIAL_SYNC_PROGRESS,
      lastError: {
        kind: 'network',
        message: 'Could not reach Launch Library 2 at unreachable.test.',
        at: Date.now(),
      },
      retryAt: Date.now() + 60_000,
      failures: 1,
    };
    await db.syncState.put(row);
    renderWithSource(<FirstSyncState />, { fetchImpl: unreachableFetch });

    expect(
      await screen.findByText('No events yet: the first download from unreachable.test stopped.'),
    ).toBeTruthy();
    expect(screen.getByText('Could not reach Launch Library 2 at unreachable.test.')).toBeTruthy();
    expect(screen.getByText('Trying again in 1 min.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use the built-in sample data' }));
    await waitFor(async () => {
      expect((await readSettings()).apiUrl).toBe('/sample-api/2.3.0');
    });
  });
});
