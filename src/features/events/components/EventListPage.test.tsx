// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeSourceDatabase,
  openSourceDatabase,
  type SourceDatabase,
} from '../../../db/sourceDatabase.ts';
import { SourceContext } from '../../source/sourceContext.ts';
import { agency, makeEventDetailed } from '../testing/eventFactories.ts';
import { storeTestEvents } from '../testing/storeTestEvents.ts';
import { EventListPage } from './EventListPage.tsx';

const API = 'https://list-page.test/2.3.0';
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

let db: SourceDatabase;

beforeEach(async () => {
  db = openSourceDatabase(API);
  const now = Date.now();
  await storeTestEvents(db, [
    makeEventDetailed({
      id: 1,
      name: 'Soyuz MS-29 Docking',
      type: { id: 2, name: 'Docking' },
      date: iso(now + 5 * HOUR),
      agencies: [agency(63, 'Roscosmos')],
    }),
    makeEventDetailed({
      id: 2,
      name: 'US Spacewalk 93',
      type: { id: 3, name: 'EVA' },
      date: iso(now + 50 * HOUR),
      agencies: [agency(44, 'NASA')],
    }),
    makeEventDetailed({
      id: 3,
      name: 'Crew-11 Docking',
      type: { id: 2, name: 'Docking' },
      date: iso(now + 100 * HOUR),
      agencies: [agency(44, 'NASA')],
    }),
    makeEventDetailed({
      id: 4,
      name: 'Progress 90 Undocking',
      type: { id: 8, name: 'Spacecraft Undocking' },
      date: iso(now - 30 * 24 * HOUR),
    }),
  ]);
});

afterEach(async () => {
  cleanup();
  closeSourceDatabase(db);
  await db.delete();
});

function renderList(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/events', element: <EventListPage view="all" /> },
      { path: '/events/upcoming', element: <EventListPage view="upcoming" /> },
      { path: '/events/previous', element: <EventListPage view="previous" /> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <SourceContext value={{ apiBaseUrl: API, db }}>
        <RouterProvider router={router} />
      </SourceContext>
    </QueryClientProvider>,
  );
  return router;
}

const eventLinks = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('EventListPage', () => {
  it('lists upcoming events soonest first with the count, each a link named by the event', async () => {
    renderList('/events/upcoming');
    expect(await screen.findByText('3 events')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Upcoming events' })).toBeTruthy();
    expect(eventLinks()).toEqual(['Soyuz MS-29 Docking', 'US Spacewalk 93', 'Crew-11 Docking']);
    expect(screen.getByRole('link', { name: 'Crew-11 Docking' }).getAttribute('href')).toBe(
      '/events/3/event-3',
    );
  });

  it('lists previous events most recent first', async () => {
    renderList('/events/previous');
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(eventLinks()).toEqual(['Progress 90 Undocking']);
  });

  it('filters by the Event type checkboxes and writes the API parameter to the URL', async () => {
    const user = userEvent.setup();
    const router = renderList('/events');
    await screen.findByText('4 events');
    const types = screen.getByRole('group', { name: 'Event type' });
    await user.click(within(types).getByRole('checkbox', { name: 'Docking' }));
    expect(await screen.findByText('2 events')).toBeTruthy();
    expect(router.state.location.search).toBe('?type__ids=2');
    await user.click(within(types).getByRole('checkbox', { name: 'EVA' }));
    expect(await screen.findByText('3 events')).toBeTruthy();
    expect(router.state.location.search).toBe('?type__ids=2,3');
  });

  it('searches every term across fields and restores the view from the URL', async () => {
    const user = userEvent.setup();
    const router = renderList('/events?search=nasa&type__ids=2');
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' }).value).toBe(
      'nasa',
    );
    expect(eventLinks()).toEqual(['Crew-11 Docking']);

    const search = screen.getByRole('searchbox', { name: 'Search events' });
    await user.clear(search);
    await user.type(search, 'docking soyuz');
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(eventLinks()).toEqual(['Soyuz MS-29 Docking']);
    expect(new URLSearchParams(router.state.location.search).get('search')).toBe('docking soyuz');

    await act(async () => {
      await router.navigate('/events?type__ids=3');
    });
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' }).value).toBe(
      '',
    );
    expect(eventLinks()).toEqual(['US Spacewalk 93']);
  });

  it('reports nonsense parameters instead of failing', async () => {
    renderList('/events?type__ids=abc&ordering=sideways');
    expect(await screen.findByText('4 events')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Ignored type__ids=abc');
  });
});
