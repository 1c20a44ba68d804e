import { generateEvents } from '../sample-api/generateEvents.ts';
import { toEventSummary } from '../src/db/eventSummary.ts';
import { isEventLive } from '../src/domain/live.ts';
import type { EventDetailed } from '../src/api/schemas.ts';
import type { StoredEvent } from '../sample-api/types.ts';
import { expect, test } from './fixtures.ts';

/**
 * Nothing unbounded on a page (issue 12 part 4): with 10,000 events stored, 3,000 of them flagged
 * live near now and 3,000 carrying LL2's stale flag on dates years past, the list page holds a
 * bounded number of DOM nodes — the list is virtualized and the Live now strip shows at most 4.
 */
const SIZE = 10_000;
const LIVE_NOW = 3_000;
const STALE = 3_000;
/** The most DOM nodes the list page may hold (measured: 605 on All events, 637 on Live now). */
const MAX_LIST_PAGE_NODES = 1_200;
const HOUR = 3_600_000;

function liveHeavyArchive(): StoredEvent[] {
  const nowMs = Date.now();
  const events = generateEvents({ size: SIZE, seed: 12, nowMs, hostile: false });
  return events.map((event, index) => {
    if (index < LIVE_NOW) {
      return {
        ...event,
        date: new Date(nowMs - (index % 5) * HOUR).toISOString(),
        date_precision: {
          id: 1,
          name: 'Minute',
          abbrev: 'MIN',
          description: 'The T-0 is accurate to the minute.',
        },
        webcast_live: true,
      };
    }
    if (index < LIVE_NOW + STALE) {
      return {
        ...event,
        date: new Date(Date.UTC(2022, 0, 1) + index * HOUR).toISOString(),
        webcast_live: true,
      };
    }
    return event;
  });
}

test.use({ sampleServerOptions: { events: liveHeavyArchive() } });

test('with 10,000 events, 3,000 live now and 3,000 stale-flagged, the list page stays under its node bound', async ({
  page,
  sampleServer,
}) => {
  test.setTimeout(540_000);
  const total = sampleServer.server.data.events().length;
  expect(total).toBe(SIZE);
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({
    timeout: 480_000,
  });
  const strip = page.getByRole('region', { name: 'Live now' });
  await expect(strip.getByRole('listitem')).toHaveCount(4);
  const more = strip.getByRole('link', { name: /^[\d,]+ more live now$/ });
  await expect(more).toBeVisible();
  const allNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`list page DOM nodes, all events: ${allNodes}`);
  expect(allNodes).toBeLessThan(MAX_LIST_PAGE_NODES);

  await more.click();
  await expect(page).toHaveURL(/webcast_live=true/);
  // Only the events live now by the one rule: the 3,000 flagged near now (and any generated event
  // whose webcast window is open), none of the 3,000 stale ones.
  const nowMs = Date.now();
  const expected = sampleServer.server.data
    .events()
    .filter((event) =>
      isEventLive(toEventSummary(event as unknown as EventDetailed), nowMs),
    ).length;
  expect(expected).toBeGreaterThanOrEqual(LIVE_NOW);
  expect(expected).toBeLessThan(LIVE_NOW + STALE);
  await expect(
    page.getByText(`${expected.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible();
  const liveNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`list page DOM nodes, Live now view: ${liveNodes}`);
  expect(liveNodes).toBeLessThan(MAX_LIST_PAGE_NODES);
});
