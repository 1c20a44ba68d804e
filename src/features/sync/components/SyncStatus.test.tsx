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
import { WAITING_FOR_SOURCE_MESSAGE } from '../../../ui/source/useSyncNow.ts';
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

    expect(await screen.findByText('Not synced yet', {}, { timeout: 5000 })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));

    expect(
      await screen.findByText('Up to date, synced just now', {}, { timeout: 5000 }),
    ).toBeTruthy();
    // First paint and one walk page (the free /api-throttle/ question does not answer here).
    expect(fetchImpl.calls.filter((url) => !url.includes('/api-throttle/'))).toHaveLength(2);
    expect(screen.getByRole('status').textContent).not.toMatch(/requests left/);
  });

  it('says "Offline" while offline and when the last sync finished', async () => {
    const fetchImpl = pageFetch([makeEvent({ id: 1 })]);
    renderWithSource(<SyncStatus />, { fetchImpl });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Sync now' }, { timeout: 5000 }),
    );
    await screen.findByText('Up to date, synced just now', {}, { timeout: 5000 });

    act(() => {
      onlineManager.setOnline(false);
    });

    expect(screen.getByText('Offline')).toBeTruthy();
    expect(screen.getByText('Last synced just now')).toBeTruthy();
  });

  it('finds out at once when "Sync now" is pressed while believed offline: the source answers', async () => {
    const fetchImpl = pageFetch([makeEvent({ id: 1 })]);
    renderWithSource(<SyncStatus />, { fetchImpl });
    await screen.findByText('Not synced yet', {}, { timeout: 5000 });
    act(() => {
      onlineManager.setOnline(false);
    });
    const button = screen.getByRole('button', { name: 'Sync now' });
    expect(button.getAttribute('title')).toBe(
      'Sync now — checks at once whether the source can be reached',
    );

    await userEvent.click(button);

    expect(
      await screen.findByText('Up to date, synced just now', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('says Offline when a request fails for want of a network, whatever the browser believes', async () => {
    const calls: string[] = [];
    const fetchImpl = (url: string) => {
      calls.push(url);
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    expect(onlineManager.isOnline()).toBe(true);
    renderWithSource(<SyncStatus />, { fetchImpl });

    // The engine asks once when it loads; the failure is enough.
    expect(await screen.findByText('Offline', {}, { timeout: 5000 })).toBeTruthy();
    expect(onlineManager.isOnline()).toBe(false);
    // "Sync now" while offline: a free reachability question, no event request, and a sentence.
    calls.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText(WAITING_FOR_SOURCE_MESSAGE, {}, { timeout: 5000 })).toBeTruthy();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((url) => url.includes('/api-throttle/'))).toBe(true);
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

    expect(await screen.findByText('Offline', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Not synced yet')).toBeTruthy();
  });

  it('shows the last sync from the shared row rather than "starting" once synced before', async () => {
    const db = openSourceDatabase(API);
    const row: SyncProgressRow = { ...INITIAL_SYNC_PROGRESS, lastSuccessAt: Date.now() - 60_000 };
    await db.syncState.put(row);
    renderWithEngine(<SyncStatus />, { db, controller: null });

    expect(
      await screen.findByText('Up to date, synced 1 min ago', {}, { timeout: 5000 }),
    ).toBeTruthy();
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
