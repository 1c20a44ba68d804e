import type { CDPSession, Page } from '@playwright/test';
import { exactlyDatedEventWeeksAhead, expect, readEventCount, test } from './fixtures.ts';

const DAY_MS = 86_400_000;
const TAG = 'rendezvous-delta';

interface ShownNotification {
  title: string;
  body: string;
  tag: string;
}

/** The notifications the service worker has shown, read from a page of the app's origin. */
function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    if (!registration) return [];
    const notifications = await registration.getNotifications();
    return notifications.map(({ title, body, tag }) => ({ title, body, tag }));
  });
}

interface BackgroundCheck {
  atMs: number;
  requests: number;
  notices: number;
}

/**
 * The record the service worker writes at the end of each periodic run (read with plain IndexedDB
 * from a page of the origin): a run has finished deciding once its record is there.
 */
function lastBackgroundCheck(page: Page, apiBaseUrl: string): Promise<BackgroundCheck | null> {
  return page.evaluate(
    (name) =>
      new Promise<BackgroundCheck | null>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => {
          reject(new Error(open.error?.message ?? 'open failed'));
        };
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('personal').objectStore('personal').get('backgroundCheck');
          read.onsuccess = () => {
            db.close();
            resolve((read.result as BackgroundCheck | undefined) ?? null);
          };
          read.onerror = () => {
            db.close();
            reject(new Error(read.error?.message ?? 'read failed'));
          };
        };
      }),
    `rendezvous-source:${apiBaseUrl}`,
  );
}

/**
 * Whether the watchlist row of `eventId` is stored. The star shows pressed at once (an optimistic
 * update), before its write commits; a page left in the meantime can take the write with it.
 */
function isWatchStored(page: Page, apiBaseUrl: string, eventId: number): Promise<boolean> {
  return page.evaluate(
    ({ name, id }) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => {
          reject(new Error(open.error?.message ?? 'open failed'));
        };
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('watchlist').objectStore('watchlist').get(id);
          read.onsuccess = () => {
            db.close();
            resolve(read.result !== undefined);
          };
          read.onerror = () => {
            db.close();
            reject(new Error(read.error?.message ?? 'read failed'));
          };
        };
      }),
    { name: `rendezvous-source:${apiBaseUrl}`, id: eventId },
  );
}

/** The id DevTools gives the app's service worker registration (scope: the app's origin). */
async function registrationIdOf(cdp: CDPSession, scope: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const match = registrations.find(
        (registration) => registration.scopeURL === scope && !registration.isDeleted,
      );
      if (match) resolve(match.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

test('a periodic background sync sends one request and notifies about a watched event whose date moved', async ({
  page,
  context,
  sampleServer,
  baseURL,
}) => {
  // Mirroring the whole archive first takes most of it.
  test.setTimeout(120_000);
  if (!baseURL) throw new Error('The e2e config sets a baseURL');
  const origin = new URL(baseURL).origin;
  await context.grantPermissions(['notifications'], { origin });
  const data = sampleServer.server.data;

  // The open app mirrors the archive first: a periodic sync only keeps a mirror current.
  await page.goto('/events');
  const total = data.events().length;
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({ timeout: 60_000 });
  expect(await readEventCount(page)).toBe(total);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });

  const event = exactlyDatedEventWeeksAhead(data.events());
  await page.goto(`/events/${event.id}/${event.slug}`);
  const star = page.getByRole('button', { name: `Watch ${event.name}` });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => isWatchStored(page, sampleServer.baseUrl, event.id)).toBe(true);

  // The app closed: a page of the origin the app does not run in (the built-in sample API's JSON),
  // so only the service worker can send a request to the e2e sample server from here on.
  await page.goto('/sample-api/2.3.0/api-throttle/');
  const cdp = await page.context().newCDPSession(page);
  const registrationId = await registrationIdOf(cdp, `${origin}/`);

  const movedTo = new Date(Date.parse(event.date) + 2 * DAY_MS).toISOString();
  data.edit(event.id, { date: movedTo });
  const servedDate = data.events().find((candidate) => candidate.id === event.id)?.date;
  const log = sampleServer.server.api.requestLog;
  // Entries by identity: the log is bounded, so its length alone could hide a request.
  const earlier = new Set(log);
  const sentSince = () => log.filter((entry) => !earlier.has(entry));

  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin, registrationId, tag: TAG });
  await expect
    .poll(() => lastBackgroundCheck(page, sampleServer.baseUrl), { timeout: 30_000 })
    .toMatchObject({ requests: 1, notices: 1 });
  const firstCheck = await lastBackgroundCheck(page, sampleServer.baseUrl);
  const notification = (await shownNotifications(page)).find(({ title }) => title === event.name);
  expect(notification?.body).toMatch(/^Date moved: now /);
  expect(notification?.tag).toBe(`${event.id}:date-moved:${servedDate}`);

  // Exactly one request, the delta page: no /api-throttle/, no retry, no reconcile.
  const sent = sentSince();
  expect(sent).toHaveLength(1);
  expect(sent[0]?.path).toMatch(/^\/events\/\?/);

  // A second periodic sync with nothing new costs one request again and notifies nobody twice.
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin, registrationId, tag: TAG });
  // The second run has finished deciding once it has replaced the first run's record.
  await expect
    .poll(
      async () => {
        const check = await lastBackgroundCheck(page, sampleServer.baseUrl);
        return check !== null && check.atMs > (firstCheck?.atMs ?? 0) ? check : null;
      },
      { timeout: 30_000 },
    )
    .toMatchObject({ requests: 1, notices: 0 });
  expect(sentSince()).toHaveLength(2);
  const again = (await shownNotifications(page)).filter(({ title }) => title === event.name);
  expect(again).toHaveLength(1);

  // Opened again, the app says what the last background check did.
  await page.goto('/settings');
  await expect(
    page.getByText('Last background check just now: 1 request, nothing new to tell.'),
  ).toBeVisible();
});
