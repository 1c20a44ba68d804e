// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../api/testing/eventFactory.ts';
import { openSettingsDatabase, readSettings, updateSettings } from '../../db/settings.ts';
import { storeEventsPage } from '../../db/eventWrites.ts';
import { closeSourceDatabase, openSourceDatabase } from '../../db/sourceDatabase.ts';
import { updateSyncProgress } from '../../db/syncStateStore.ts';
import { pageFetch } from '../../api/testing/fetchFakes.ts';
import { renderWithSource } from '../../app/testing/renderWithSource.tsx';
import { SettingsPage } from './SettingsPage.tsx';

const API = 'https://settings.test/2.3.0';

beforeEach(async () => {
  await updateSettings({ apiUrl: API });
});

afterEach(async () => {
  cleanup();
  for (const url of [API, `${location.origin}/sample-api/2.3.0`]) {
    const db = openSourceDatabase(url);
    closeSourceDatabase(db);
    await db.delete();
  }
  await openSettingsDatabase().delete();
});

describe('SettingsPage', () => {
  it('switches to the built-in sample server', async () => {
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });
    const url = await screen.findByLabelText('API URL');
    expect((url as HTMLInputElement).value).toBe(API);

    await userEvent.click(screen.getByRole('radio', { name: /Built-in sample data/ }));
    expect((url as HTMLInputElement).value).toBe('/sample-api/2.3.0');
    await userEvent.click(screen.getByRole('button', { name: 'Use this source' }));

    await waitFor(async () => {
      expect((await readSettings()).apiUrl).toBe('/sample-api/2.3.0');
    });
  });

  it('refuses a URL that is not http(s), saying why, and keeps the old one', async () => {
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });
    const url = await screen.findByLabelText('API URL');
    await userEvent.clear(url);
    await userEvent.type(url, 'ftp://example.org/2.3.0');
    await userEvent.click(screen.getByRole('button', { name: 'Use this source' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /must start with https:\/\/ or http:\/\//,
    );
    expect((await readSettings()).apiUrl).toBe(API);
  });

  it('keeps the API token on the device and can remove it', async () => {
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });
    await userEvent.type(await screen.findByLabelText('API token'), 'abc123');
    await userEvent.click(screen.getByRole('button', { name: 'Save token' }));
    await screen.findByText('Token saved on this device.');
    expect((await readSettings()).apiToken).toBe('abc123');

    await userEvent.click(screen.getByRole('button', { name: 'Remove token' }));
    await screen.findByText('Token removed.');
    expect((await readSettings()).apiToken).toBeNull();
  });

  it('sends the token as "Authorization: Token …"', async () => {
    await updateSettings({ apiToken: 'secret-key' });
    const headers: string[] = [];
    const fetchImpl = (_url: string, init: RequestInit) => {
      headers.push(new Headers(init.headers).get('Authorization') ?? '');
      return Promise.reject(new TypeError('offline'));
    };
    renderWithSource(<SettingsPage />, { fetchImpl });
    const check = await screen.findByRole('button', { name: 'Check for removed events' });
    // The button is disabled until the sync engine has started; a click before that does nothing.
    await waitFor(() => {
      expect((check as HTMLButtonElement).disabled).toBe(false);
    });
    await userEvent.click(check);
    await waitFor(() => {
      expect(headers[0]).toBe('Token secret-key');
    });
  });

  it('shows storage facts and the webcast language preference', async () => {
    await storeEventsPage(
      openSourceDatabase(API),
      [makeEvent({ id: 1 }), makeEvent({ id: 2 })],
      null,
    );
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });

    expect(await screen.findByText('Events stored')).toBeTruthy();
    await waitFor(() => {
      expect(screen.getByText('Events stored').nextElementSibling?.textContent).toBe('2');
    });
    // A later write (a sync page, in any tab) is followed by the source's one write follower.
    await storeEventsPage(openSourceDatabase(API), [makeEvent({ id: 3 })], null);
    await waitFor(() => {
      expect(screen.getByText('Events stored').nextElementSibling?.textContent).toBe('3');
    });
    await userEvent.selectOptions(screen.getByLabelText('Preferred webcast language'), 'es');
    await waitFor(async () => {
      expect((await readSettings()).webcastLanguage).toBe('es');
    });
  });

  it('says the archive came from the published snapshot, and of when', async () => {
    await updateSyncProgress(openSourceDatabase(API), {
      cursor: { lastUpdatedGte: '2026-06-01T11:58:00Z', offset: 0 },
      firstPaintDoneAt: Date.parse('2026-06-01T12:05:00Z'),
      archiveSource: {
        kind: 'snapshot',
        generatedAt: '2026-06-01T12:00:00Z',
        events: 1100,
        loadedAt: Date.parse('2026-06-01T12:05:00Z'),
      },
    });
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });
    expect(
      await screen.findByText(
        /^Loaded from the snapshot of (May 31|June 1), 2026 at .+ \(1,100 events\), then kept current from Launch Library 2\.$/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/The published snapshot was not used/)).toBeNull();
  });

  it('says the archive came from the API, and why the snapshot was not used', async () => {
    await updateSyncProgress(openSourceDatabase(API), {
      firstPaintDoneAt: Date.parse('2026-06-01T12:05:00Z'),
      snapshotNote: {
        message:
          'The snapshot file chunks/0-abc.json does not match its manifest (size or SHA-256 differs): it is damaged or from another generation. The archive is downloaded from Launch Library 2 instead.',
        at: Date.parse('2026-06-01T12:05:00Z'),
      },
    });
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([]) });
    expect(await screen.findByText('Downloaded from Launch Library 2.')).toBeTruthy();
    expect(
      screen.getByText(
        /^The published snapshot was not used\. The snapshot file chunks\/0-abc\.json/,
      ),
    ).toBeTruthy();
  });

  it('asks before re-downloading everything', async () => {
    renderWithSource(<SettingsPage />, { fetchImpl: pageFetch([makeEvent({ id: 9 })]) });
    await userEvent.click(await screen.findByRole('button', { name: 'Re-download everything' }));
    expect(screen.getByText(/deletes the events stored for this source/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete and download again' }));
    expect(await screen.findByText('Done.')).toBeTruthy();
  });
});
