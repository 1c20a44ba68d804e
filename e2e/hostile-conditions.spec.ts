import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Issue 12, part 5: whatever the browser or the API does, a person reads sentences written for
// them, never a JavaScript error's own words. Each condition is real: Chromium blocks service
// workers, its quota is cut to nothing through the DevTools protocol, IndexedDB refuses to open,
// the sample server answers garbage, the network goes away.

/** The vocabulary of a JavaScript failure, and a stack frame's shape. */
const JS_ERROR_TEXT =
  /TypeError|ReferenceError|SyntaxError|RangeError|Cannot read propert|undefined \(reading|is not a function|is not defined|\bat \S+ \(\S+:\d+:\d+\)|\.js:\d+:\d+/;

const PAGES = ['/events', '/events/upcoming', '/stations', '/watchlist', '/changes', '/settings'];

/** The page's visible text, once something has been drawn in it. */
async function visibleText(page: Page): Promise<string> {
  await expect(page.locator('#root')).not.toBeEmpty();
  return page.locator('body').innerText();
}

/** Visits every page by the app's own links and fails on any JavaScript error text. */
async function expectOnlyWords(page: Page): Promise<void> {
  for (const path of PAGES) {
    await page.goto(path);
    // Give the page's reads and the sync's first answer time to say whatever they will say.
    await page.waitForTimeout(1_500);
    const text = await visibleText(page);
    expect(text, `visible text of ${path}`).not.toMatch(JS_ERROR_TEXT);
  }
}

test.describe('service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('says offline reloads are unavailable here and why; everything else works', async ({
    page,
    sampleServer,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/events');
    const total = sampleServer.server.data.events().length;
    await expect(
      page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
    ).toBeVisible({ timeout: 60_000 });
    const notice = page.getByRole('status').filter({ hasText: 'Offline reloads are unavailable' });
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(
      /^Offline reloads are unavailable: .+\. Everything else works while you are online, and the events already stored stay readable\.$/,
    );
    expect(await visibleText(page)).not.toMatch(JS_ERROR_TEXT);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toBeHidden();
    await expectOnlyWords(page);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('storage', () => {
  test('full: the quota cut to nothing is said in words on every page', async ({
    page,
    context,
    baseURL,
  }) => {
    // One byte: every write the app tries is refused, as on a device with no room left. Chromium
    // then also fails the sync worker's fetches, so which failure the page reports first depends
    // on the browser; what may not differ is that it is said in words (the full-disk sentence
    // itself is tested in runSync.test.ts and explainError.test.ts).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL ?? '').origin,
      quotaSize: 1,
    });
    await page.goto('/events');
    await expect(page.getByRole('region', { name: 'First download' })).toHaveText(
      /^No events yet: .+\./,
      { timeout: 60_000 },
    );
    await expectOnlyWords(page);
  });

  test('denied: a browser that refuses IndexedDB gets a sentence, not a crash', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto('/events');
    await expect(page.getByRole('alert')).toHaveText(
      /^This browser would not open the app’s storage\. This browser does not let the app keep data on this device/,
      { timeout: 30_000 },
    );
    await expectOnlyWords(page);
  });
});

test('an API answering garbage is reported in words, and the pages stay usable', async ({
  page,
  request,
  sampleServer,
}) => {
  const faults = await request.post(`${sampleServer.baseUrl}/__admin/faults`, {
    data: { malformed: 50, malformedRecord: 50 },
  });
  expect(faults.ok()).toBe(true);
  await page.goto('/events');
  await expect(page.getByText(/sent a response this app cannot read/).first()).toBeVisible({
    timeout: 60_000,
  });
  await expectOnlyWords(page);
});

test('offline after a sync: every page reloads and reads in words', async ({
  page,
  context,
  sampleServer,
}) => {
  await page.goto('/events');
  const total = sampleServer.server.data.events().length;
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({ timeout: 60_000 });
  // Once the service worker is active, reloads need no network.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await sampleServer.stop();
  await expectOnlyWords(page);
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible();
});
