import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chosenApiBaseUrl } from '../api/baseUrl.ts';
import { makeEvent } from '../api/testing/eventFactory.ts';
import { storeEventsPage } from '../db/eventWrites.ts';
import { closeSourceDatabase, openSourceDatabase } from '../db/sourceDatabase.ts';
import { PREVIEW_ROWS } from '../features/events/hooks/useEventListPreview.ts';
import { eventKeys } from '../ui/queries/eventQueries.ts';
import { settingsKeys } from '../ui/settings/useSettings.ts';
import { NO_FILTERS } from '../features/events/utils/eventFilters.ts';
import { previewRange } from '../features/events/utils/queryEvents.ts';
import { listViewAt, startupReads } from './startupReads.ts';

const ORIGIN = 'https://rendezvous.test';
const at = (pathAndSearch: string) => new URL(pathAndSearch, ORIGIN);
// The settings are the defaults (nothing saved), so the reads open the default source.
const db = () => openSourceDatabase(chosenApiBaseUrl(null, ORIGIN));
const ALL_EVENTS_HEAD = {
  fromMs: null,
  toMs: null,
  descending: true,
  withUndated: true,
};

afterEach(async () => {
  vi.restoreAllMocks();
  const source = db();
  closeSourceDatabase(source);
  await source.delete();
});

describe('startupReads', () => {
  it('reads the settings and the count and first rows of "All events" into the page’s queries', async () => {
    await storeEventsPage(
      db(),
      [1, 2, 3].map((id) => makeEvent({ id, date: `2025-01-0${id}T00:00:00Z` })),
      null,
    );
    const queryClient = new QueryClient();

    await startupReads(queryClient, at('/events'));

    expect(queryClient.getQueryData(settingsKeys.all)).toMatchObject({ apiUrl: null });
    const head = queryClient.getQueryData<{ total: number; first: { id: number }[] }>(
      eventKeys.preview(db().apiBaseUrl, ALL_EVENTS_HEAD, PREVIEW_ROWS),
    );
    expect(head?.total).toBe(3);
    expect(head?.first.map((summary) => summary.id).sort()).toEqual([1, 2, 3]);
  });

  it('reads the head the upcoming list asks for a moment later, within the minute', async () => {
    const now = Date.UTC(2025, 0, 2, 12, 0, 10);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    await storeEventsPage(
      db(),
      [
        makeEvent({ id: 1, date: '2025-01-01T11:00:00Z' }), // more than a day before: not listed
        makeEvent({ id: 2, date: '2025-01-02T13:00:00Z' }),
      ],
      null,
    );
    const queryClient = new QueryClient();

    await startupReads(queryClient, at('/'));

    const pageRange = previewRange(NO_FILTERS, 'upcoming', now + 30_000);
    expect(pageRange).not.toBeNull();
    if (pageRange === null) return;
    const head = queryClient.getQueryData<{ total: number; first: { id: number }[] }>(
      eventKeys.preview(db().apiBaseUrl, pageRange, PREVIEW_ROWS),
    );
    expect(head?.total).toBe(1);
    expect(head?.first.map((summary) => summary.id)).toEqual([2]);
  });

  it('reads no head for a search, a filter, or a page that is not a list', async () => {
    for (const path of ['/events?search=dock', '/events/upcoming?type=2', '/events/42/a-docking']) {
      const queryClient = new QueryClient();
      await startupReads(queryClient, at(path));
      expect(queryClient.getQueryData(settingsKeys.all)).toBeDefined();
      expect(
        queryClient.getQueryCache().findAll({ queryKey: eventKeys.lists(db().apiBaseUrl) }),
      ).toEqual([]);
    }
  });
});

describe('listViewAt', () => {
  it('knows the list pages under the app’s base, the root leading to the upcoming list', () => {
    expect(listViewAt('/events', '/')).toBe('all');
    expect(listViewAt('/events/', '/')).toBe('all');
    expect(listViewAt('/', '/')).toBe('upcoming');
    expect(listViewAt('/events/upcoming', '/')).toBe('upcoming');
    expect(listViewAt('/events/previous', '/')).toBe('previous');
    expect(listViewAt('/rendezvous/events', '/rendezvous')).toBe('all');
    expect(listViewAt('/rendezvous/', '/rendezvous')).toBe('upcoming');
    expect(listViewAt('/events', '/rendezvous')).toBeNull();
    expect(listViewAt('/rendezvousx/events', '/rendezvous')).toBeNull();
    expect(listViewAt('/events/12', '/')).toBeNull();
    expect(listViewAt('/settings', '/')).toBeNull();
  });
});
