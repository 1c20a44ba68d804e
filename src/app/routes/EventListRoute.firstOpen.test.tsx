// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeMinimalEvent } from '../../api/testing/eventFactory.ts';
import * as eventReads from '../../db/eventReads.ts';
import { storeEvent } from '../../db/eventWrites.ts';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import { storeTestEvents } from '../../features/events/testing/storeTestEvents.ts';
import { renderRoutesWithSource } from '../../ui/testing/renderRoutesWithSource.tsx';
import { EventListRoute } from './EventListRoute.tsx';

vi.mock('../../db/eventReads.ts', { spy: true });
const actualReads = await vi.importActual<typeof eventReads>('../../db/eventReads.ts');

const API = 'https://first-open.test/2.3.0';
const DAY = 86_400_000;
const source = sourceDatabasePerTest(API);

/** Holds every whole-set read until `release()`: the moment before it arrives, made to last. */
function holdWholeSet() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.mocked(eventReads.loadEventSummaries).mockImplementation(async (db) => {
    await released;
    return actualReads.loadEventSummaries(db);
  });
  return () => {
    release();
  };
}

beforeEach(async () => {
  const now = Date.now();
  // 60 dated events (more than the head holds), one a day back from now, and one undated.
  await storeTestEvents(source.db, [
    ...Array.from({ length: 60 }, (_, i) =>
      makeMinimalEvent({
        id: i + 1,
        name: `Event ${i + 1}`,
        date: new Date(now - i * DAY).toISOString(),
      }),
    ),
    makeMinimalEvent({ id: 99, name: 'Undated docking', date: null }),
  ]);
});

afterEach(() => {
  vi.mocked(eventReads.loadEventSummaries).mockRestore();
});

const rowNames = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

const renderAllEvents = (url: string) =>
  renderRoutesWithSource(
    source.db,
    [{ path: '/events', element: <EventListRoute view="all" /> }],
    url,
  );

describe('"All events" before its whole set is loaded (decision 031)', () => {
  it('shows the count of every stored event and the first rows, and the filters once all is read', async () => {
    const release = holdWholeSet();
    renderAllEvents('/events');

    expect(await screen.findByText('61 events')).toBeTruthy();
    // Only the head is there: the 50 latest (the list renders those in view of them).
    const head = Array.from({ length: 50 }, (_, i) => `Event ${i + 1}`);
    const rows = rowNames();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((name) => head.includes(name))).toBe(true);
    expect(screen.getByText('Reading stored events for the filters…')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Event type' })).toBeNull();

    release();
    expect(await screen.findByRole('group', { name: 'Event type' })).toBeTruthy();
    expect(screen.getByText('61 events')).toBeTruthy();
  });

  it('waits for the whole set when undated events are part of the head, and lists them last', async () => {
    await source.db.transaction('rw', [source.db.events, source.db.eventSummaries], async () => {
      await source.db.events.where('id').between(4, 60, true, true).delete();
      await source.db.eventSummaries.where('id').between(4, 60, true, true).delete();
    });
    const release = holdWholeSet();
    renderAllEvents('/events');

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Reading stored events…',
    );
    release();
    expect(await screen.findByText('4 events')).toBeTruthy();
    expect(rowNames()).toEqual(['Event 1', 'Event 2', 'Event 3', 'Undated docking']);
  });

  it('shows no count for a search until the whole set is read, then the right one', async () => {
    const release = holdWholeSet();
    renderAllEvents('/events?search=undated');

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Reading stored events…',
    );
    expect(screen.queryByText(/^\d+ events?$/)).toBeNull();

    release();
    expect(await screen.findByText('1 event')).toBeTruthy();
  });

  it('keeps the page and the box while a search typed early waits for the whole set', async () => {
    const user = userEvent.setup();
    const release = holdWholeSet();
    renderAllEvents('/events');
    await screen.findByText('61 events');

    const box = screen.getByRole('searchbox');
    await user.type(box, 'undated');
    expect(document.activeElement).toBe(box);
    expect(screen.getByText('Reading stored events…')).toBeTruthy();
    expect(screen.queryByText('61 events')).toBeNull();

    release();
    expect(await screen.findByText('1 event')).toBeTruthy();
  });

  it('follows a write made before the whole set is read', async () => {
    const release = holdWholeSet();
    renderAllEvents('/events');
    await screen.findByText('61 events');

    // The sync's own write path, which the page follows (decision 011).
    await storeEvent(
      source.db,
      makeMinimalEvent({
        id: 200,
        name: 'Just announced',
        date: new Date(Date.now() + DAY).toISOString(),
      }),
    );

    expect(await screen.findByText('62 events')).toBeTruthy();
    release();
    expect(await screen.findByRole('group', { name: 'Event type' })).toBeTruthy();
    expect(screen.getByText('62 events')).toBeTruthy();
  });
});
