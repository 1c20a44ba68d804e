// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EventDetailed } from '../../api/schemas.ts';
import { toEventSummary } from '../../db/eventSummary.ts';
import { makeDatePrecision, makeMinimalEvent, makeVidUrl } from '../../api/testing/eventFactory.ts';
import { sourceDatabasePerTest } from '../../db/testing/sourceDatabasePerTest.ts';
import type { SyncController } from '../../sync/syncController.ts';
import { heatOf } from '../../sync/syncCadence.ts';
import { EventRow } from '../../ui/events/EventRow.tsx';
import { renderRoutesWithSource } from '../../ui/testing/renderRoutesWithSource.tsx';
import { NO_FILTERS } from '../../features/events/utils/eventFilters.ts';
import { createEventQuery } from '../../features/events/utils/queryEvents.ts';
import { storeTestEvents } from '../../features/events/testing/storeTestEvents.ts';
import {
  DEFAULT_REMINDER_SETTINGS,
  planReminders,
} from '../../features/reminders/utils/planReminders.ts';
import { liveEventFinder } from '../../features/webcasts/utils/liveEvents.ts';
import { EventDetailRoute } from './EventDetailRoute.tsx';

const API = 'https://live-agreement.test/2.3.0';
const source = sourceDatabasePerTest(API);
const HOUR = 3_600_000;
// The row and the detail header read the real clock (useNow): the events are dated around it.
const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

const controller = {
  apiBaseUrl: API,
  refreshEvent: () => new Promise<boolean>(() => undefined),
} as unknown as SyncController;

const cases: { name: string; live: boolean; event: Partial<EventDetailed> }[] = [
  {
    name: 'a 2022 event with a stale flag',
    live: false,
    event: { date: '2022-11-16T06:47:44Z', webcast_live: true },
  },
  {
    name: 'a flagged exact event 2 h ago',
    live: true,
    event: { date: iso(NOW - 2 * HOUR), webcast_live: true },
  },
  {
    name: 'a flagged month-precision event',
    live: false,
    event: { date: iso(NOW - 2 * HOUR), date_precision: makeDatePrecision(7), webcast_live: true },
  },
  {
    name: 'an event whose webcast window contains now',
    live: true,
    event: {
      date: iso(NOW - 3 * HOUR),
      webcast_live: false,
      vid_urls: [],
    },
  },
];

describe('one definition of live: row, detail header, facet, strip, cadence and reminders agree', () => {
  it.each(cases)('$name → live: $live', async ({ event: overrides, live }) => {
    const detailed = makeMinimalEvent({
      id: 31,
      name: 'Agreement Docking',
      type: { id: 2, name: 'Docking' },
      duration: null,
      ...overrides,
    });
    if (overrides.vid_urls) {
      // The webcast window case: one stream announced from an hour ago to an hour ahead.
      detailed.vid_urls = [
        makeVidUrl({ live: false, start_time: iso(NOW - HOUR), end_time: iso(NOW + HOUR) }),
      ];
    }
    const summary = toEventSummary(detailed);

    // Row.
    renderRoutesWithSource(
      source.db,
      [
        {
          path: '/',
          element: (
            <EventRow event={summary} now={NOW} isNext={false} timeZone="utc" watchlist={null} />
          ),
        },
      ],
      '/',
      { controller },
    );
    expect((await screen.findByRole('article')).textContent.includes('Live')).toBe(live);
    cleanup();

    // Facet count and the Live now filter (the preset's view).
    const query = createEventQuery([summary]);
    expect(query(NO_FILTERS, 'all', NOW).facets.liveNow).toBe(live ? 1 : 0);
    expect(query({ ...NO_FILTERS, liveNow: true }, 'all', NOW).events).toHaveLength(live ? 1 : 0);

    // Strip, sync cadence, reminders.
    expect(liveEventFinder([summary])(NOW)).toHaveLength(live ? 1 : 0);
    if (live || Math.abs((summary.dateMs ?? 0) - NOW) > HOUR) {
      expect(heatOf([summary], NOW) === 'live').toBe(live);
    }
    const plan = planReminders({
      events: [summary],
      watchedIds: new Set([summary.id]),
      settings: DEFAULT_REMINDER_SETTINGS,
      shown: new Set(),
      now: NOW,
    });
    expect(plan.due.some((reminder) => reminder.kind === 'webcast-live')).toBe(live);

    // Detail header.
    await storeTestEvents(source.db, [detailed]);
    renderRoutesWithSource(
      source.db,
      [{ path: '/events/:id/:slug?', element: <EventDetailRoute /> }],
      '/events/31',
      { controller },
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Agreement Docking' });
    const header = heading.closest('header');
    expect(header?.textContent.includes('Live')).toBe(live);
  });
});
