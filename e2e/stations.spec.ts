import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Each test first mirrors the whole sample archive (about 1,100 events), which takes most of a
// minute on a busy two-core machine.
test.slow();

/** Syncs the whole sample archive: the stations' timeline is built from the stored events. */
async function syncEverything(page: Page, total: number): Promise<void> {
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({ timeout: 150_000 });
}

/** The event ids an element's links point at (`/events/:id…`), in document order. */
async function linkedEventIds(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (links) =>
    links.map((link) => {
      const match = /^\/events\/(\d+)(\/|$)/.exec(link.getAttribute('href') ?? '');
      return match ? Number(match[1]) : -1;
    }),
  );
}

test('the stations page has a heading per station, links every bar and marker, and is axe-clean', async ({
  page,
  sampleServer,
  makeAxeBuilder,
}) => {
  const events = sampleServer.server.data.events();
  const stationNames = [
    ...new Set(events.flatMap((event) => event.spacestations.map((station) => station.name))),
  ];
  expect(stationNames.length).toBeGreaterThan(0);
  await syncEverything(page, events.length);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stations' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space stations');
  for (const name of stationNames) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }

  // The picture and the lists show the same events: each bar and marker links to one of them.
  const iss = page.getByRole('region', { name: 'International Space Station', exact: true });
  await expect(
    iss
      .getByRole('list', { name: /^Visiting vehicles/ })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  const chartIds = await linkedEventIds(page, '[data-testid="station-timeline"] a');
  const listIds = await linkedEventIds(page, 'main ul[aria-label] a');
  expect(chartIds.length).toBeGreaterThan(0);
  expect(chartIds.every((id) => id > 0)).toBe(true);
  expect(new Set(listIds)).toEqual(new Set([...listIds, ...chartIds]));
  const markerIds = await linkedEventIds(page, 'main ul[aria-label^="Other events"] a');
  expect(markerIds.every((id) => chartIds.includes(id))).toBe(true);

  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

  // A bar is a link to its event.
  const bar = page.locator('[data-testid="station-timeline"] a').first();
  const [barId] = await linkedEventIds(page, '[data-testid="station-timeline"] a');
  const barEvent = events.find((event) => event.id === barId);
  if (!barEvent) throw new Error(`no sample event ${String(barId)}`);
  await bar.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(barEvent.name);
});

test('the stations page is reachable and usable by keyboard alone, through its lists', async ({
  page,
  sampleServer,
}) => {
  await syncEverything(page, sampleServer.server.data.events().length);
  await page.goto('/stations');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  // Tab from the top: the chart's links are skipped, the lists' links are reached.
  let reached: string | null = null;
  for (let presses = 0; presses < 40 && reached === null; presses += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('[data-testid="station-timeline"]')) return 'chart';
      return active?.closest('ul[aria-label^="Visiting vehicles"]') ? 'list' : null;
    });
  }
  expect(reached).toBe('list');
  const target = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target);
});

test('the upcoming page sums up the stations, and the timeline works offline after a sync', async ({
  page,
  context,
  sampleServer,
}) => {
  await syncEverything(page, sampleServer.server.data.events().length);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });

  await page.goto('/events/upcoming');
  const summary = page.getByRole('region', { name: 'At the stations' });
  await expect(summary.getByText(/\d+ docked|nobody docked/).first()).toBeVisible();
  // On a phone the summary sits beside the Filters button: the first event row stays in view.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(
    page.getByRole('region', { name: 'Results' }).getByRole('listitem').first(),
  ).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 720 });

  await sampleServer.stop();
  await context.setOffline(true);
  await summary.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space stations');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.locator('[data-testid="station-timeline"] a').first()).toBeAttached();
  await context.setOffline(false);
});
