import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { chosenApiBaseUrl } from '../api/baseUrl.ts';
import { makeEvent } from '../api/testing/eventFactory.ts';
import { storeEventsPage } from '../db/eventWrites.ts';
import { closeSourceDatabase, openSourceDatabase } from '../db/sourceDatabase.ts';
import { PREVIEW_ROWS } from '../features/events/hooks/useEventListPreview.ts';
import { eventKeys } from '../ui/queries/eventQueries.ts';
import { settingsKeys } from '../ui/settings/useSettings.ts';
import { isAllEventsPath, startupReads } from './startupReads.ts';

const ORIGIN = 'https://rendezvous.test';
const at = (pathAndSearch: string) => new URL(pathAndSearch, ORIGIN) as unknown as Location;
// The settings are the defaults (nothing saved), so the reads open the default source.
const db = () => openSourceDatabase(chosenApiBaseUrl(null, ORIGIN));
const ALL_EVENTS_HEAD = {
  fromMs: null,
  toMs: null,
  descending: true,
  withUndated: true,
};

afterEach(async () => {
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

  it('reads no head for a list whose head moves with the clock, or a search', async () => {
    for (const path of ['/events/upcoming', '/events?search=dock', '/events/42/a-docking']) {
      const queryClient = new QueryClient();
      await startupReads(queryClient, at(path));
      expect(queryClient.getQueryData(settingsKeys.all)).toBeDefined();
      expect(
        queryClient.getQueryCache().findAll({ queryKey: eventKeys.lists(db().apiBaseUrl) }),
      ).toEqual([]);
    }
  });
});

describe('isAllEventsPath', () => {
  it('knows "All events" under the app’s base and nothing else', () => {
    expect(isAllEventsPath('/events', '/')).toBe(true);
    expect(isAllEventsPath('/events/', '/')).toBe(true);
    expect(isAllEventsPath('/rendezvous/events', '/rendezvous')).toBe(true);
    expect(isAllEventsPath('/events', '/rendezvous')).toBe(false);
    expect(isAllEventsPath('/rendezvousx/events', '/rendezvous')).toBe(false);
    expect(isAllEventsPath('/events/upcoming', '/')).toBe(false);
    expect(isAllEventsPath('/events/12', '/')).toBe(false);
  });
});
