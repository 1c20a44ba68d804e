import { expect, readEventCount, test } from './fixtures.ts';

// The walking skeleton end to end: first visit syncs from the sample server, search narrows the
// count, an event opens, and with the server gone a reload still shows every stored event.
test('first visit syncs, search narrows, an event opens, and the archive survives the server going away', async ({
  page,
  sampleServer,
}) => {
  const total = sampleServer.server.data.events().length;

  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${total.toLocaleString('en-US')} events$`))).toBeVisible(
    { timeout: 60_000 },
  );

  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('docking');
  await expect.poll(() => readEventCount(page)).toBeLessThan(total);
  const narrowed = await readEventCount(page);
  expect(narrowed).toBeGreaterThan(0);

  const firstEvent = page
    .getByRole('list', { name: 'Events' })
    .getByRole('link', { name: /docking/i })
    .first();
  const name = await firstEvent.innerText();
  await firstEvent.click();
  await expect(page).toHaveURL(/\/events\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name.trim());

  await sampleServer.stop();
  await page.goto('/events');
  await expect(
    page.getByText(new RegExp(`^${total.toLocaleString('en-US')} events$`)),
  ).toBeVisible();
});
