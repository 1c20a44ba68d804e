import type { Page } from '@playwright/test';
import type { EventDetailed, Paged } from '../src/api/schemas.ts';
import { expect, readEventCount, test } from './fixtures.ts';

// The production build with its real service worker (playwright.config.ts builds and previews it).

/** Waits until the service worker controls the page: `ready` alone can resolve before that. */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** Sources of the images in <main> that have loaded (scrolled through, so lazy ones load too). */
async function loadedImageSources(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('main img')]
      .filter((image) => image.complete && image.naturalWidth > 0)
      .map((image) => image.currentSrc),
  );
}

test('after one sync, a filtered list and a detail deep link reload offline from IndexedDB with their images, and the sync resumes online', async ({
  page,
  context,
  request,
  sampleServer,
}) => {
  const total = sampleServer.server.data.events().length;
  const upcoming = await request.get(
    `${sampleServer.baseUrl}/events/upcoming/?mode=detailed&limit=100`,
  );
  const event = ((await upcoming.json()) as Paged<EventDetailed>).results.find(
    (candidate) =>
      candidate.image !== null &&
      candidate.vid_urls.some((webcast) => webcast.feature_image !== null),
  );
  if (!event)
    throw new Error('The sample data has no upcoming event with an image and a webcast thumbnail');

  await page.goto('/events');
  await waitForServiceWorkerControl(page);
  await expect(page.getByText('Ready to work offline')).toBeVisible();
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText(/^Up to date/)).toBeVisible({ timeout: 60_000 });

  const filteredUrl = '/events?type__ids=2&search=dock';
  await page.goto(filteredUrl);
  await expect.poll(() => readEventCount(page)).toBeGreaterThan(0);
  const filteredCount = await readEventCount(page);
  expect(filteredCount).toBeLessThan(total);

  const detailUrl = `/events/${event.id}/${event.slug}`;
  await page.goto(detailUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
  const imagesOnline = await loadedImageSources(page);
  expect(imagesOnline.length).toBeGreaterThan(0);

  // The worker keeps images; API JSON never lands in Cache Storage (IndexedDB holds the data).
  const cached = await page.evaluate(async () => {
    const urls: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      urls[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return urls;
  });
  const everyCachedUrl = Object.values(cached).flat();
  expect(everyCachedUrl.filter((url) => /\/2\.3\.0\/(?!__media\/)/.test(url))).toEqual([]);
  expect(cached['event-images']).toEqual(expect.arrayContaining(imagesOnline));

  // Offline is found by trying (a free question to the source on load), never from
  // navigator.onLine, which some Chromium versions report as true in a page loaded offline.
  await context.setOffline(true);

  await page.goto(filteredUrl);
  await expect(page.getByRole('status').getByText('Offline', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect.poll(() => readEventCount(page)).toBe(filteredCount);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('dock');

  await page.goto(detailUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
  await expect(page.getByRole('status').getByText('Offline', { exact: true })).toBeVisible();
  expect(await loadedImageSources(page)).toEqual(imagesOnline);
  const webcasts = page.getByRole('region', { name: 'Webcasts' });
  await expect(
    webcasts.getByText('Watching needs a connection — you are offline.').first(),
  ).toBeVisible();
  await expect(webcasts.getByRole('button', { name: /^Play / })).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);

  // "Sync now" offline finds out at once that the source cannot be reached, says so, and runs as
  // soon as the source answers again (found by the app's own probe, not by a browser event),
  // bringing the change the source made meanwhile.
  const renamed = `${event.name} (rescheduled)`;
  sampleServer.server.data.edit(event.id, { name: renamed });
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await expect(syncNow).toHaveAccessibleDescription(
    'Sync now — checks at once whether the source can be reached',
  );
  await syncNow.click();
  const waiting = page.getByText(
    'The source cannot be reached (no network?). This sync starts as soon as it answers.',
  );
  await expect(waiting).toBeVisible();
  await context.setOffline(false);
  await expect(waiting).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed, { timeout: 30_000 });
});

test('a stopped source is found unreachable by trying: the status says Offline and "Sync now" waits for it', async ({
  page,
  sampleServer,
}) => {
  const total = sampleServer.server.data.events().length;
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Up to date/)).toBeVisible({ timeout: 60_000 });

  // The browser is online all along; only the source is gone.
  await sampleServer.stop();
  await page.reload();

  await expect(page.getByRole('status').getByText('Offline', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    page.getByText(
      'The source cannot be reached (no network?). This sync starts as soon as it answers.',
    ),
  ).toBeVisible();
});
