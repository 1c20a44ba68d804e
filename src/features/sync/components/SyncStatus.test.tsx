// @vitest-environment happy-dom
import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../../api/testing/eventFactory.ts';
import { updateSettings, openSettingsDatabase } from '../../../db/settings.ts';
import { closeSourceDatabase, openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { INITIAL_SYNC_PROGRESS, type SyncProgressRow } from '../../../db/syncStateRows.ts';
import { renderWithEngine } from '../../../ui/testing/renderWithEngine.tsx';
import { pageFetch } from '../../../api/testing/fetchFakes.ts';
import { renderWithSource } from '../../../app/testing/renderWithSource.tsx';
import { SyncStatus } from './SyncStatus.tsx';

const API = 'https://status.test/2.3.0';

beforeEach(async () => {
  await updateSettings({ apiUrl: API });
});

afterEach(async () => {
  cleanup();
  act(() => {
    onlineManager.setOnline(true);
  });
  const db = openSourceDatabase(API);
  closeSourceDatabase(db);
  await db.delete();
  await openSettingsDatabase().delete();
});

describe('SyncStatus', () => {
  it('syncs when "Sync now" is pressed and then says it is up to date', async () => {
    const fetchImpl = pageFetch([makeEvent({ id: 1 }), makeEvent({ id: 2 })]);
    renderWithSource(<SyncStatus />, { fetchImpl });

    expect(await screen.findByText('Not synced yet')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));

    expect(await screen.findByText('Up to date, synced just now')).toBeTruthy();
    // First paint and one walk page (the free /api-throttle/ question does not answer here).
    expect(fetchImpl.calls.filter((url) => !url.includes('/api-throttle/'))).toHaveLength(2);
    expect(screen.getByRole('status').textContent).not.toMatch(/requests left/);
  });

  it('says "Offline" while offline and when the last sync finished', async () => {
    const fetchImpl = pageFetch([makeEvent({ id: 1 })]);
    renderWithSource(<SyncStatus />, { fetchImpl });
    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await screen.findByText('Up to date, synced just now');

    act(() => {
      onlineManager.setOnline(false);
    });

    expect(screen.getByText('Offline')).toBeTruthy();
    expect(screen.getByText('Last synced just now')).toBeTruthy();
  });

  it('waits for the network when "Sync now" is pressed offline, and says so', async () => {
    const fetchImpl = pageFetch([makeEvent({ id: 1 })]);
    renderWithSource(<SyncStatus />, { fetchImpl });
    await screen.findByText('Not synced yet');
    act(() => {
      onlineManager.setOnline(false);
    });

    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));

    expect(
      await screen.findByText('Offline: the sync will start when the network is back.'),
    ).toBeTruthy();
    expect(fetchImpl.calls).toHaveLength(0);
    act(() => {
      onlineManager.setOnline(true);
    });
    expect(await screen.findByText('Up to date, synced just now')).toBeTruthy();
  });
});

describe('SyncStatus before the sync code has loaded', () => {
  it('says the sync is starting and disables "Sync now" with the reason', () => {
    renderWithEngine(<SyncStatus />, { db: openSourceDatabase(API), controller: null });

    expect(screen.getByText('Starting sync…')).toBeTruthy();
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Sync now' });
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('title')).toBe('The sync is still starting.');
  });

  it('still says "Offline" when offline', async () => {
    renderWithEngine(<SyncStatus />, { db: openSourceDatabase(API), controller: null });
    act(() => {
      onlineManager.setOnline(false);
    });

    expect(await screen.findByText('Offline')).toBeTruthy();
    expect(screen.getByText('Not synced yet')).toBeTruthy();
  });

  it('shows the last sync from the shared row rather than "starting" once synced before', async () => {
    const db = openSourceDatabase(API);
    const row: SyncProgressRow = { ...INITIAL_SYNC_PROGRESS, lastSuccessAt: Date.now() - 60_000 };
    await db.syncState.put(row);
    renderWithEngine(<SyncStatus />, { db, controller: null });

    expect(await screen.findByText('Up to date, synced 1 min ago')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sync now' }).disabled).toBe(true);
  });

  it('says why when the sync code could not be loaded', () => {
    const error = new Error('The sync code could not be loaded. Reload the page.');
    renderWithEngine(<SyncStatus />, { db: openSourceDatabase(API), controller: null, error });

    expect(screen.getByText('Failed: The sync code could not be loaded')).toBeTruthy();
    expect(screen.getByText('Reload the page.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' }).getAttribute('title')).toBe(
      error.message,
    );
  });
});
