// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../api/testing/eventFactory.ts';
import { storeEventsPage } from '../../db/eventWrites.ts';
import { loadWatchlist, setWatched } from '../../db/personalStore.ts';
import { SourceDatabase } from '../../db/sourceDatabase.ts';
import { renderRoutesWithSource } from '../../ui/testing/renderRoutesWithSource.tsx';
import { WatchlistRoute } from './WatchlistRoute.tsx';

const DAY = 86_400_000;
let db: SourceDatabase;

beforeEach(async () => {
  db = new SourceDatabase('https://watchlist-page.test/2.3.0');
  const now = Date.now();
  await storeEventsPage(
    db,
    [
      makeEvent({ id: 1, name: 'Far docking', date: new Date(now + 9 * DAY).toISOString() }),
      makeEvent({ id: 2, name: 'Near spacewalk', date: new Date(now + DAY).toISOString() }),
      makeEvent({ id: 3, name: 'Not starred', date: new Date(now + 2 * DAY).toISOString() }),
      makeEvent({ id: 4, name: 'Past landing', date: new Date(now - DAY).toISOString() }),
    ],
    null,
  );
  await setWatched(db, 1, true, now);
  await setWatched(db, 4, true, now + 1);
  await setWatched(db, 2, true, now + 2);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderPage() {
  renderRoutesWithSource(db, [{ path: '/watchlist', element: <WatchlistRoute /> }], '/watchlist');
}

const starredNames = async () =>
  within(await screen.findByRole('list', { name: 'Starred events' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('WatchlistPage', () => {
  it('lists the starred events, upcoming soonest first, then past ones', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Watchlist' })).toBeTruthy();
    expect(await starredNames()).toEqual(['Near spacewalk', 'Far docking', 'Past landing']);
    expect(screen.getByText('3 events')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export calendar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Reminders' })).toBeTruthy();
  });

  it('unstars an event in place and keeps that in the store', async () => {
    renderPage();
    await starredNames();
    const star = screen.getByRole('button', { name: 'Watch Far docking', pressed: true });
    await userEvent.click(star);
    await expect.poll(starredNames).toEqual(['Near spacewalk', 'Past landing']);
    await expect
      .poll(async () => (await loadWatchlist(db)).map((row) => row.eventId).sort())
      .toEqual([2, 4]);
  });

  it('shows a long watchlist a hundred at a time, with the rest one click away', async () => {
    const now = Date.now();
    const many = Array.from({ length: 247 }, (_, index) =>
      makeEvent({ id: 100 + index, date: new Date(now + (index + 3) * DAY).toISOString() }),
    );
    await storeEventsPage(db, many, null);
    for (const event of many) await setWatched(db, event.id, true, now);
    renderPage();
    // 250 starred: the 3 of the set-up and 247 more.
    expect(await screen.findByText('250 events')).toBeTruthy();
    expect(await starredNames()).toHaveLength(100);
    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more of 150' }));
    expect(await starredNames()).toHaveLength(200);
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more of 50' }));
    expect(await starredNames()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
  });

  it('invites starring when nothing is starred', async () => {
    for (const id of [1, 2, 4]) await setWatched(db, id, false, 0);
    renderPage();
    expect(await screen.findByText(/No starred events yet/)).toBeTruthy();
  });
});
