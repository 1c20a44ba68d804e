// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventDetailed } from '../../api/schemas.ts';
import { renderRoutesWithSource } from '../../ui/testing/renderRoutesWithSource.tsx';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import { makeAgency, makeMinimalEvent } from '../../api/testing/eventFactory.ts';
import { storeTestEvents } from '../../features/events/testing/storeTestEvents.ts';
import { SEARCH_URL_DELAY_MS } from '../../features/events/hooks/useSearchText.ts';
import { EventListRoute } from './EventListRoute.tsx';

const API = 'https://list-page.test/2.3.0';
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

const source = sourceDatabasePerTest(API);

const DOCKING = { id: 2, name: 'Docking' };
const NASA = makeAgency({ id: 44, name: 'NASA' });

beforeEach(async () => {
  const now = Date.now();
  /** An event of `type` by `agencies`, starting `hoursFromNow` (negative: in the past). */
  const scheduled = (
    id: number,
    name: string,
    type: EventDetailed['type'],
    hoursFromNow: number,
    agencies: EventDetailed['agencies'] = [],
  ) => makeMinimalEvent({ id, name, type, date: iso(now + hoursFromNow * HOUR), agencies });
  await storeTestEvents(source.db, [
    scheduled(1, 'Soyuz MS-29 Docking', DOCKING, 5, [makeAgency({ id: 63, name: 'Roscosmos' })]),
    scheduled(2, 'US Spacewalk 93', { id: 3, name: 'EVA' }, 50, [NASA]),
    scheduled(3, 'Crew-11 Docking', DOCKING, 100, [NASA]),
    scheduled(4, 'Progress 90 Undocking', { id: 8, name: 'Spacecraft Undocking' }, -30 * 24),
  ]);
});

function renderList(url: string) {
  return renderRoutesWithSource(
    source.db,
    [
      { path: '/events', element: <EventListRoute view="all" /> },
      { path: '/events/upcoming', element: <EventListRoute view="upcoming" /> },
      { path: '/events/previous', element: <EventListRoute view="previous" /> },
    ],
    url,
  );
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
    // The count and rows can show before the whole set that the filters need (decision 031).
    const types = await screen.findByRole('group', { name: 'Event type' });
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
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('search')).toBe('docking soyuz');
    });

    await act(async () => {
      await router.navigate('/events?type__ids=3');
    });
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' }).value).toBe(
      '',
    );
    expect(eventLinks()).toEqual(['US Spacewalk 93']);
  });

  it('lists at each keystroke and writes the search to the URL once typing pauses, as one entry', async () => {
    const user = userEvent.setup();
    const router = renderList('/events?type__ids=2');
    expect(await screen.findByText('2 events')).toBeTruthy();
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' });

    await user.type(search, 'soyuz');
    expect(await screen.findByText('1 event')).toBeTruthy();
    // The list follows the box at once; the URL only after a pause of SEARCH_URL_DELAY_MS.
    expect(router.state.location.search).toBe('?type__ids=2');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?search=soyuz&type__ids=2');
    });

    // Typing on refines the same history entry.
    await user.type(search, ' docking');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?search=soyuz+docking&type__ids=2');
    });
    await act(async () => {
      await router.navigate(-1);
    });
    expect(router.state.location.search).toBe('?type__ids=2');
    expect(await screen.findByText('2 events')).toBeTruthy();
    expect(search.value).toBe('');

    // Forward brings the search back into the box and the list.
    await act(async () => {
      await router.navigate(1);
    });
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(search.value).toBe('soyuz docking');
  });

  it('drops a write still waiting when the person goes back, and keeps a search a filter meets', async () => {
    const user = userEvent.setup();
    const router = renderList('/events');
    expect(await screen.findByText('4 events')).toBeTruthy();
    await act(async () => {
      await router.navigate('/events?search=crew');
    });
    expect(await screen.findByText('1 event')).toBeTruthy();
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search events' });
    expect(search.value).toBe('crew');

    // Typed, then Back before the pause: the back entry's (empty) search wins, and stays.
    await user.clear(search);
    await user.type(search, 'soyuz');
    await act(async () => {
      await router.navigate(-1);
    });
    expect(await screen.findByText('4 events')).toBeTruthy();
    expect(search.value).toBe('');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_URL_DELAY_MS + 100));
    expect(router.state.location.search).toBe('');
    expect(search.value).toBe('');

    // Typed, then a filter ticked before the pause: the filter's URL carries the search.
    await user.type(search, 'docking');
    const types = screen.getByRole('group', { name: 'Event type' });
    await user.click(within(types).getByRole('checkbox', { name: 'EVA' }));
    expect(router.state.location.search).toBe('?search=docking&type__ids=3');
    expect(await screen.findByText('No events match. Try fewer words or filters.')).toBeTruthy();
    expect(search.value).toBe('docking');
  });

  it('puts the best match first while searching, until the person picks a date order', async () => {
    const user = userEvent.setup();
    await storeTestEvents(source.db, [
      makeMinimalEvent({
        id: 5,
        name: 'Cygnus NG-24 Undocking',
        type: { id: 8, name: 'Spacecraft Undocking' },
        date: iso(Date.now() + 200 * HOUR),
      }),
    ]);
    const router = renderList('/events');
    expect(await screen.findByText('5 events')).toBeTruthy();
    const order = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Order' });
    expect(within(order).queryByRole('option', { name: 'Relevance' })).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'docking');
    expect(await screen.findByText('4 events')).toBeTruthy();
    // "Docking" is a word of the name; "Undocking" only holds it: the dockings come first.
    expect(eventLinks()).toEqual([
      'Crew-11 Docking',
      'Soyuz MS-29 Docking',
      'Cygnus NG-24 Undocking',
      'Progress 90 Undocking',
    ]);
    expect(order.value).toBe('relevance');

    await user.selectOptions(order, 'Date, latest first');
    expect(eventLinks()[0]).toBe('Cygnus NG-24 Undocking');
    expect(new URLSearchParams(router.state.location.search).get('ordering')).toBe('-date');

    await user.selectOptions(order, 'Relevance');
    expect(eventLinks()[0]).toBe('Crew-11 Docking');
    // The date order picked meanwhile stays, as the tie-break.
    expect(new URLSearchParams(router.state.location.search).get('ordering')).toBe(
      'relevance,-date',
    );
  });

  it('keeps a date order chosen before searching as the tie-break, and returns to it when the search is cleared', async () => {
    const user = userEvent.setup();
    await storeTestEvents(source.db, [
      makeMinimalEvent({
        id: 5,
        name: 'Cygnus NG-24 Undocking',
        type: { id: 8, name: 'Spacecraft Undocking' },
        date: iso(Date.now() + 200 * HOUR),
      }),
    ]);
    const router = renderList('/events');
    expect(await screen.findByText('5 events')).toBeTruthy();
    const order = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Order' });
    const ordering = () => new URLSearchParams(router.state.location.search).get('ordering');
    await user.selectOptions(order, 'Date, earliest first');
    expect(ordering()).toBe('date');

    const search = screen.getByRole('searchbox', { name: 'Search events' });
    await user.type(search, 'docking');
    expect(await screen.findByText('4 events')).toBeTruthy();
    expect(order.value).toBe('relevance');
    expect(
      within(order).getByRole<HTMLOptionElement>('option', { name: 'Relevance' }).selected,
    ).toBe(true);
    // Best match first; equal matches earliest first, as chosen.
    expect(eventLinks()).toEqual([
      'Soyuz MS-29 Docking',
      'Crew-11 Docking',
      'Progress 90 Undocking',
      'Cygnus NG-24 Undocking',
    ]);
    await waitFor(() => {
      expect(ordering()).toBe('relevance,date');
    });

    await user.clear(search);
    expect(await screen.findByText('5 events')).toBeTruthy();
    expect(order.value).toBe('date');
    expect(within(order).queryByRole('option', { name: 'Relevance' })).toBeNull();
    expect(eventLinks()[0]).toBe('Progress 90 Undocking');
    await waitFor(() => {
      expect(ordering()).toBe('date');
    });
  });

  it('orders by date when a link asks for relevance without a search', async () => {
    renderList('/events?ordering=relevance,date');
    expect(await screen.findByText('4 events')).toBeTruthy();
    const order = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Order' });
    expect(order.value).toBe('date');
    expect(within(order).queryByRole('option', { name: 'Relevance' })).toBeNull();
    expect(eventLinks()).toEqual([
      'Progress 90 Undocking',
      'Soyuz MS-29 Docking',
      'US Spacewalk 93',
      'Crew-11 Docking',
    ]);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('reports nonsense parameters instead of failing', async () => {
    renderList('/events?type__ids=abc&ordering=sideways');
    expect(await screen.findByText('4 events')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Ignored type__ids=abc');
  });
});
