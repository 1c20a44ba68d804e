import { expect, test } from './fixtures.ts';

/** Resource timing entries of API event pages fetched from this global (page or worker). */
const eventPagesFetchedHere = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/2.3.0/events'))
    .length;

// Decision 014: the sync runs in a dedicated worker. Each global keeps its own resource timing,
// so the page's own list shows no API request while the worker's holds every page of the sync.
test('the sync runs in a worker: the page itself fetches no API page', async ({
  page,
  sampleServer,
}) => {
  const total = sampleServer.server.data.events().length;

  await page.goto('/events');
  await expect(page.getByText(new RegExp(`^${total.toLocaleString('en-US')} events$`))).toBeVisible(
    { timeout: 60_000 },
  );

  const workers = page.workers().filter((worker) => worker.url().includes('/assets/syncWorker-'));
  expect(workers).toHaveLength(1);
  const [worker] = workers;
  if (!worker) throw new Error('no sync worker');
  const served = sampleServer.server.api.requestLog.filter((entry) =>
    entry.path.startsWith('/events'),
  ).length;
  expect(await worker.evaluate(eventPagesFetchedHere)).toBe(served);
  expect(await page.evaluate(eventPagesFetchedHere)).toBe(0);

  // "Sync now" in the page is carried out by the worker, and its result shows in the page.
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').getByText(/^Up to date/)).toBeVisible();
  await expect.poll(() => worker.evaluate(eventPagesFetchedHere)).toBe(served + 1);
  expect(await page.evaluate(eventPagesFetchedHere)).toBe(0);
});
