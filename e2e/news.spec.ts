import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// News per event from the sample server's Spaceflight News API stand-in (sample-api/snapi/), which
// the e2e build uses as VITE_SNAPI_URL. Hostile items are on: their text must stay text.
test.use({ sampleServerOptions: { hostile: true } });

interface ServedItem {
  kind: string;
  id: unknown;
  title?: unknown;
  published_at?: unknown;
  events?: unknown;
}

function aboutEvent(item: ServedItem, eventId: number): boolean {
  return (
    Array.isArray(item.events) &&
    (item.events as { event_id: number }[]).some((ref) => ref.event_id === eventId)
  );
}

/** Paths of the news requests the stand-in answered. */
function newsRequests(server: { api: { news: { requestLog: { path: string }[] } } }): string[] {
  return server.api.news.requestLog.map((entry) => entry.path);
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

test('an event’s news: newest first with “More news”, two requests to open, then offline from storage', async ({
  page,
  context,
  sampleServer,
  makeAxeBuilder,
}) => {
  const { data, api } = sampleServer.server;
  const items = api.news.items() as readonly ServedItem[];
  const event = data
    .events()
    .find(
      (candidate) =>
        items.filter((item) => item.kind !== 'report' && aboutEvent(item, candidate.id)).length >=
        7,
    );
  if (!event) throw new Error('The stand-in has no event with seven news items');
  const news = items
    .filter((item) => item.kind !== 'report' && aboutEvent(item, event.id))
    .sort(
      (a, b) =>
        Date.parse(String(b.published_at)) - Date.parse(String(a.published_at)) ||
        Number(b.id) - Number(a.id),
    )
    .map((item) => String(item.title));

  api.news.reset();
  await page.goto(`/events/${event.id}/${event.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name, { timeout: 60_000 });
  const section = page.getByRole('region', { name: 'News' });
  await expect(section.getByRole('heading', { level: 2, name: 'News' })).toBeVisible();
  const links = section.getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(5);
  await expect(links.first()).toHaveText(news[0] ?? '');
  await expect(links.first()).toHaveAttribute('target', '_blank');
  await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
  await section.getByRole('button', { name: /^More news/ }).click();
  await expect(section.getByRole('listitem')).toHaveCount(Math.min(news.length, 10));
  // Opening an event costs one request per kind (articles, blogs), none to LL2's budget.
  expect(newsRequests(sampleServer.server)).toEqual([
    `/articles/?event=${event.id}&limit=50&ordering=-published_at`,
    `/blogs/?event=${event.id}&limit=50&ordering=-published_at`,
  ]);
  // The news worker asked, not the page (decision 035): the page's own resources hold neither.
  const pageResources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(pageResources.filter((url) => /\/(articles|blogs)\/\?event=/.test(url))).toEqual([]);
  expect((await makeAxeBuilder().include('main').analyze()).violations).toEqual([]);

  // Offline, a reload shows the saved news.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name, { timeout: 30_000 });
  await expect(section.getByRole('listitem').getByRole('link').first()).toHaveText(news[0] ?? '');
  await expect(section.getByRole('listitem')).toHaveCount(5);
  await context.setOffline(false);
  expect(newsRequests(sampleServer.server)).toHaveLength(2);
});

test('hostile news stays text: no markup, no javascript: or data: links or images, a broken record left out', async ({
  page,
  sampleServer,
}) => {
  const items = sampleServer.server.api.news.items() as readonly ServedItem[];
  const broken = items.find((item) => item.id === 999_999);
  const [ref] = (broken?.events ?? []) as { event_id: number }[];
  if (ref === undefined) throw new Error('The stand-in has no hostile news');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/events/${ref.event_id}`);
  const section = page.getByRole('region', { name: 'News' });
  const hostileTitle =
    '<img src=x onerror="alert(1)">Hostile <script>alert("title")</script> headline';
  await expect(section.getByText(hostileTitle, { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(section.getByRole('link', { name: /Hostile/ })).toHaveCount(0);
  await expect(section.getByText(/^A data: link/)).toBeVisible();
  await expect(section.getByRole('link', { name: /data: link/ })).toHaveCount(0);
  await expect(section.getByText(/<b>Bold<\/b> claims <script>/)).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('1 unreadable item was left out.');
  const hrefs = await section
    .locator('a, img')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''),
    );
  expect(hrefs.filter((url) => !/^https?:/.test(url))).toEqual([]);
  expect(await section.locator('script, iframe, b').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the watchlist’s news is one batched request per kind, and a failure says what is shown', async ({
  page,
  sampleServer,
}) => {
  // Starring from search results waits for the first sync of the archive.
  test.setTimeout(180_000);
  const { data, api } = sampleServer.server;
  const items = api.news.items() as readonly ServedItem[];
  const now = Date.now();
  const watched = data
    .events()
    .filter(
      (event) =>
        event.date !== null &&
        Date.parse(event.date) > now &&
        items.some((item) => item.kind === 'article' && aboutEvent(item, event.id)) &&
        data.events().filter((other) => other.name === event.name).length === 1,
    )
    .slice(0, 2);
  if (watched.length < 2) throw new Error('The stand-in has too few upcoming events with news');

  // Starred from "All events", which does not refresh news, so both are stale together.
  for (const event of watched) {
    await page.goto(`/events?search=${encodeURIComponent(event.name)}`);
    const star = page.getByRole('button', { name: `Watch ${event.name}` }).first();
    await star.click({ timeout: 60_000 });
    await expect(star).toHaveAttribute('aria-pressed', 'true');
  }
  expect(newsRequests(sampleServer.server)).toEqual([]);
  await page.getByRole('link', { name: 'Upcoming' }).first().click();
  await expect.poll(() => newsRequests(sampleServer.server).length).toBe(2);
  const ids = watched
    .map((event) => event.id)
    .sort((a, b) => a - b)
    .join(',');
  expect(newsRequests(sampleServer.server)).toEqual([
    `/articles/?event=${ids}&limit=500&ordering=-published_at`,
    `/blogs/?event=${ids}&limit=500&ordering=-published_at`,
  ]);
  // Fresh now: opening the watchlist asks nothing more.
  await page.getByRole('link', { name: 'Watchlist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Watchlist' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(newsRequests(sampleServer.server)).toHaveLength(2);

  // A failing news source: the saved news stays, with a sentence, and LL2 is untouched.
  const [first] = watched;
  if (!first) throw new Error('unreachable');
  await page.evaluate(async () => {
    // Make the saved news stale for the opened page (15 minutes) without waiting.
    const open = indexedDB.open(
      (await indexedDB.databases()).find((db) => db.name?.startsWith('rendezvous-source:'))?.name ??
        '',
    );
    await new Promise<void>((resolve, reject) => {
      open.onsuccess = () => {
        const tx = open.result.transaction('newsFetches', 'readwrite');
        const store = tx.objectStore('newsFetches');
        const all = store.getAll();
        all.onsuccess = () => {
          for (const row of all.result as { fetchedAtMs: number }[]) {
            store.put({ ...row, fetchedAtMs: row.fetchedAtMs - 3_600_000 });
          }
        };
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => {
          reject(new Error('could not age the news'));
        };
      };
      open.onerror = () => {
        reject(new Error('could not open the database'));
      };
    });
  });
  api.news.failNext(2, 503);
  const ll2Before = api.requestLog.filter((entry) => entry.status >= 500).length;
  await page.goto(`/events/${first.id}/${first.slug}`);
  const section = page.getByRole('region', { name: 'News' });
  await expect(section.getByRole('status')).toContainText(
    'News could not be loaded — showing what was saved on',
  );
  await expect(section.getByRole('listitem').first()).toBeVisible();
  expect(api.requestLog.filter((entry) => entry.status >= 500).length).toBe(ll2Before);
});
