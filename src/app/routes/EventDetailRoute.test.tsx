// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncController } from '../../sync/syncController.ts';
import { renderRoutesWithSource } from '../../ui/testing/renderRoutesWithSource.tsx';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import { makeProgram, makeMinimalEvent } from '../../api/testing/eventFactory.ts';
import { storeTestEvents } from '../../features/events/testing/storeTestEvents.ts';
import { EventDetailRoute } from './EventDetailRoute.tsx';

const API = 'https://detail-page.test/2.3.0';
const source = sourceDatabasePerTest(API);

/** A controller whose detail refresh the test answers by hand; nothing else is used here. */
function controlledRefresh() {
  let answer: (stored: boolean) => void = () => undefined;
  const unused = () => {
    throw new Error('not used by the detail page');
  };
  const controller = {
    apiBaseUrl: API,
    refreshEvent: () =>
      new Promise<boolean>((resolve) => {
        answer = resolve;
      }),
    runIfDue: unused,
    syncNow: unused,
    reconcileNow: unused,
    redownloadEverything: unused,
    nextDueAt: unused,
    getLocalState: unused,
    subscribe: unused,
    stop: unused,
  } as unknown as SyncController;
  return {
    controller,
    answer: (stored: boolean) => {
      answer(stored);
    },
  };
}

function renderDetail(path: string, controller: SyncController) {
  renderRoutesWithSource(
    source.db,
    [{ path: '/events/:id/:slug?', element: <EventDetailRoute /> }],
    path,
    { controller },
  );
}

describe('EventDetailPage', () => {
  it('shows a stored event at once: name, duration, updates newest first, relations', async () => {
    await storeTestEvents(source.db, [
      makeMinimalEvent({
        id: 7,
        name: 'Crew-12 Docking',
        duration: 'PT2H',
        program: [makeProgram({ id: 17, name: 'Commercial Crew' })],
        updates: [
          {
            id: 1,
            profile_image: null,
            comment: 'Older note',
            info_url: 'javascript:alert(1)',
            created_by: 'a',
            created_on: '2026-07-01T00:00:00Z',
          },
          {
            id: 2,
            profile_image: null,
            comment: 'Newer note',
            info_url: 'https://example.org/n',
            created_by: 'b',
            created_on: '2026-07-02T00:00:00Z',
          },
        ],
      }),
    ]);
    renderDetail('/events/7/crew-12-docking', controlledRefresh().controller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Crew-12 Docking' })).toBeTruthy();
    expect(screen.getByText('2 h')).toBeTruthy();
    const updates = await screen.findByRole('region', { name: 'Updates' });
    const items = updates.querySelectorAll('li');
    expect(items[0]?.textContent).toContain('Newer note');
    expect(items[1]?.textContent).toContain('Older note');
    // The javascript: link is dropped; the https one is kept.
    expect([...updates.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/n',
    ]);
    expect(screen.getByRole('region', { name: 'Involved' }).textContent).toContain(
      'Commercial Crew',
    );
  });

  it('waits for the source before saying "not found", then says it', async () => {
    const refresh = controlledRefresh();
    renderDetail('/events/42', refresh.controller);
    expect(await screen.findByText('Asking the source for this event…')).toBeTruthy();
    expect(screen.queryByText('Page not found')).toBeNull();
    await act(async () => {
      refresh.answer(false);
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('There is no event with id 42.')).toBeTruthy();
  });

  it('shows an event the refresh has just downloaded', async () => {
    const refresh = controlledRefresh();
    renderDetail('/events/43', refresh.controller);
    await screen.findByText('Asking the source for this event…');
    await act(async () => {
      await storeTestEvents(source.db, [
        makeMinimalEvent({ id: 43, name: 'Fresh from the source' }),
      ]);
      refresh.answer(true);
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fresh from the source' }),
    ).toBeTruthy();
  });

  it('treats an id that is not a number as an unknown page', async () => {
    renderDetail('/events/abc', controlledRefresh().controller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
