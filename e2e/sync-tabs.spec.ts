import { expect, test } from './fixtures.ts';

// DESIGN §3: one tab syncs at a time (Web Locks), and every tab sees the result.
test('two tabs share one sync, and a write in one tab shows in the other', async ({
  context,
  sampleServer,
}) => {
  const { api, data } = sampleServer.server;
  const total = data.events().length;
  const everything = new RegExp(`^${total.toLocaleString('en-US')} events$`);

  const first = await context.newPage();
  const second = await context.newPage();
  await Promise.all([first.goto('/events'), second.goto('/events')]);
  await expect(first.getByText(everything)).toBeVisible({ timeout: 60_000 });
  await expect(second.getByText(everything)).toBeVisible({ timeout: 60_000 });

  // Had both tabs synced, both would have asked for the first-paint page and started the walk.
  const paths = api.requestLog.map((entry) => entry.path);
  expect(paths.filter((path) => path.startsWith('/events/upcoming/'))).toHaveLength(1);
  expect(
    paths.filter((path) => path.startsWith('/events/?') && !path.includes('last_updated__gte')),
  ).toHaveLength(1);

  const [event] = data.events();
  if (!event) throw new Error('the sample server has no events');
  data.edit(event.id, { name: 'Renamed while another tab watched' });
  await first.getByRole('button', { name: 'Sync now' }).click();

  await second.getByRole('searchbox', { name: 'Search events' }).fill('renamed while another');
  await expect(second.getByText(/^1 event$/)).toBeVisible();
  await expect(
    second.getByRole('link', { name: 'Renamed while another tab watched', exact: true }),
  ).toBeVisible();
});
