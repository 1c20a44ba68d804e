// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent } from '../../../api/testing/eventFactory.ts';
import { storeEventsPage } from '../../../db/eventWrites.ts';
import { beginVisit } from '../../../db/personalStore.ts';
import { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { describeChangesAt } from '../../../sync/changeDescriber.ts';
import { renderRoutesWithSource } from '../../../ui/testing/renderRoutesWithSource.tsx';
import { WhatChangedPage } from './WhatChangedPage.tsx';

const HOUR = 3_600_000;
let testNumber = 0;
let db: SourceDatabase;

beforeEach(() => {
  // A database per test: the visit of a page load is remembered per database name.
  testNumber += 1;
  db = new SourceDatabase(`https://what-changed-${testNumber}.test/2.3.0`);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderPage() {
  renderRoutesWithSource(db, [{ path: '/changes', element: <WhatChangedPage /> }], '/changes');
}

/** Stores an event, then a version with its date moved, seen `movedAt`. */
async function storeMovedEvent(id: number, name: string, movedAt: number) {
  const event = makeEvent({ id, name, slug: `event-${id}`, date: '2026-04-10T10:00:00Z' });
  await storeEventsPage(db, [event], null, describeChangesAt(movedAt - HOUR, false));
  await storeEventsPage(
    db,
    [{ ...event, date: '2026-04-12T10:00:00Z', last_updated: '2030-01-01T00:00:00Z' }],
    null,
    describeChangesAt(movedAt, false),
  );
}

describe('WhatChangedPage', () => {
  it('lists changes newest first, links each event and marks what is new since the last visit', async () => {
    const now = Date.now();
    await beginVisit(db, now - 2 * HOUR);
    await storeMovedEvent(1, 'Older move', now - 3 * HOUR);
    await storeMovedEvent(2, 'Newer move', now - HOUR);
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'What changed' })).toBeTruthy();
    const items = within(await screen.findByRole('list', { name: 'Changes' }))
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('a') !== null);
    expect(items.map((item) => item.querySelector('a')?.textContent)).toEqual([
      'Newer move',
      'Older move',
    ]);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/events/2/event-2');
    expect(items[0]?.textContent).toContain('Date moved +2 d');
    expect(await within(items[0] as HTMLElement).findByText('Changed')).toBeTruthy();
    expect(within(items[1] as HTMLElement).queryByText('Changed')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Mark all as seen' }));
    await expect.poll(() => screen.queryByText('Changed', { exact: true })).toBeNull();
  });

  it('explains an empty history', async () => {
    renderPage();
    expect(await screen.findByText(/No changes recorded yet/)).toBeTruthy();
  });
});
