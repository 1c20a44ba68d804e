import type { Page } from '@playwright/test';
import { expect, readEventCount, test, type SampleServerFixture } from './fixtures.ts';

const countText = (count: number) =>
  new RegExp(`^${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}$`);

/** Opens All events and waits until the whole sample archive is stored and listed. */
async function openSyncedArchive(page: Page, sampleServer: SampleServerFixture) {
  const total = sampleServer.server.data.events().length;
  await page.goto('/events');
  await expect(page.getByText(countText(total))).toBeVisible({ timeout: 60_000 });
  return total;
}

const eventsOfType = (sampleServer: SampleServerFixture, ...typeIds: number[]) =>
  sampleServer.server.data.events().filter((event) => typeIds.includes(event.type.id));

test('type checkboxes narrow the count, write type__ids to the URL, and back/forward restore each view', async ({
  page,
  sampleServer,
}) => {
  const total = await openSyncedArchive(page, sampleServer);
  const types = page.getByRole('group', { name: 'Event type' });

  await types.getByRole('checkbox', { name: 'Docking', exact: true }).check();
  const dockings = eventsOfType(sampleServer, 2).length;
  expect(dockings).toBeGreaterThan(0);
  await expect(page.getByText(countText(dockings))).toBeVisible();
  await expect(page).toHaveURL(/\/events\?type__ids=2$/);

  await types.getByRole('checkbox', { name: 'EVA', exact: true }).check();
  await expect(page.getByText(countText(eventsOfType(sampleServer, 2, 3).length))).toBeVisible();
  await expect(page).toHaveURL(/\/events\?type__ids=2,3$/);

  await page.goBack();
  await expect(page.getByText(countText(dockings))).toBeVisible();
  await expect(types.getByRole('checkbox', { name: 'EVA', exact: true })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByText(countText(total))).toBeVisible();
  await expect(types.getByRole('checkbox', { name: 'Docking', exact: true })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByText(countText(dockings))).toBeVisible();
  await expect(types.getByRole('checkbox', { name: 'Docking', exact: true })).toBeChecked();
});

test('a shared link restores search and filters; nonsense parameters are reported, not fatal', async ({
  page,
  sampleServer,
}) => {
  const total = await openSyncedArchive(page, sampleServer);
  const evas = eventsOfType(sampleServer, 3);
  const word = evas[0]?.name.split(/[\s,]+/)[0] ?? '';
  const expected = evas.filter((event) =>
    [event.name, event.location ?? '', event.type.name, event.description]
      .join('\n')
      .toLowerCase()
      .includes(word.toLowerCase()),
  );

  await page.goto(`/events?type__ids=3&search=${encodeURIComponent(word)}`);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(word);
  await expect(
    page
      .getByRole('group', { name: 'Event type' })
      .getByRole('checkbox', { name: 'EVA', exact: true }),
  ).toBeChecked();
  // Agencies and programs are searched too, so the count is at least the text matches.
  await expect.poll(() => readEventCount(page)).toBeGreaterThanOrEqual(expected.length);
  expect(await readEventCount(page)).toBeLessThanOrEqual(evas.length);

  await page.goto('/events?type__ids=abc&ordering=sideways&date__gte=yesterday');
  await expect(page.getByText(countText(total))).toBeVisible();
  const note = page.getByRole('note');
  await expect(note).toContainText('Ignored type__ids=abc');
  await expect(note).toContainText('Ignored date__gte=yesterday');
});

test('upcoming lists soonest first; previous most recent first', async ({ page, sampleServer }) => {
  await openSyncedArchive(page, sampleServer);
  const now = Date.now();
  const byDate = sampleServer.server.data
    .events()
    .filter((event) => event.date !== null)
    .map((event) => ({ name: event.name, ms: Date.parse(event.date as string), id: event.id }));

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Upcoming' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upcoming events');
  const upcoming = byDate
    .filter((event) => event.ms >= now - 24 * 3_600_000)
    .sort((a, b) => a.ms - b.ms || a.id - b.id);
  await expect(page.getByText(countText(upcoming.length))).toBeVisible();
  const links = page.getByRole('list', { name: 'Events' }).getByRole('link');
  await expect(links.first()).toHaveText(upcoming[0]?.name ?? '');
  await expect(links.nth(1)).toHaveText(upcoming[1]?.name ?? '');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Previous' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Previous events');
  const previous = byDate
    .filter((event) => event.ms <= Date.now())
    .sort((a, b) => b.ms - a.ms || a.id - b.id);
  await expect(page.getByText(countText(previous.length))).toBeVisible();
  await expect(links.first()).toHaveText(previous[0]?.name ?? '');
});

test('presets are one click away and are plain views', async ({ page, sampleServer }) => {
  await openSyncedArchive(page, sampleServer);
  const presets = page.getByRole('navigation', { name: 'Presets' });

  await presets.getByRole('link', { name: 'Upcoming dockings' }).click();
  await expect(page).toHaveURL(/\/events\/upcoming\?type__ids=2$/);
  const now = Date.now();
  const upcomingDockings = eventsOfType(sampleServer, 2).filter(
    (event) => event.date !== null && Date.parse(event.date) >= now - 24 * 3_600_000,
  );
  await expect(page.getByText(countText(upcomingDockings.length))).toBeVisible();

  await presets.getByRole('link', { name: 'Live now' }).click();
  await expect(page).toHaveURL(/\/events\?webcast_live=true$/);
  await expect(
    page.getByRole('group', { name: 'Webcasts' }).getByRole('checkbox', { name: 'Live now' }),
  ).toBeChecked();
  expect(await readEventCount(page)).toBeGreaterThan(0);

  await presets.getByRole('link', { name: 'This week' }).click();
  await expect(page).toHaveURL(/date__gte=\d{4}-\d{2}-\d{2}.*date__lt=/);
  await expect(page.getByText(/^[\d,]+ events?$/)).toBeVisible();

  await presets.getByRole('link', { name: 'Spacewalks' }).click();
  await expect(page).toHaveURL(/type__ids=3$/);
});

test('keyboard: / focuses search, j and k move between events, Enter opens one', async ({
  page,
  sampleServer,
}) => {
  await openSyncedArchive(page, sampleServer);
  await page.goto('/events/upcoming');
  const links = page.getByRole('list', { name: 'Events' }).getByRole('link');
  await expect(links.first()).toBeVisible();

  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  await page.locator('h1').click();

  await page.keyboard.press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();
  const name = (await links.nth(1).textContent()) ?? '';

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('j walks far down a long list: the virtualized rows follow the focus', async ({
  page,
  sampleServer,
}) => {
  await openSyncedArchive(page, sampleServer);
  await page.locator('h1').click();
  for (let i = 0; i < 40; i += 1) await page.keyboard.press('j');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/events\/\d+/);
  await expect(page.locator('[data-index="39"] a')).toBeFocused();
  // Virtualized: far fewer rows in the DOM than events in the list.
  expect(await page.locator('[data-index]').count()).toBeLessThan(100);
});

test('searching "dock" puts a Docking name first, ahead of a later Undocking', async ({
  page,
  sampleServer,
}) => {
  // The undocking is the latest event of all: by date alone it would lead the list.
  const latest = Math.max(
    ...sampleServer.server.data.events().map((event) => Date.parse(event.date ?? '') || 0),
  );
  const day = 24 * 3_600_000;
  sampleServer.server.data.create({
    name: 'Progress MS-79 Undocking',
    typeId: 8,
    date: new Date(latest + 2 * day).toISOString(),
  });
  sampleServer.server.data.create({
    name: 'SpaceX CRS-75 Docking',
    typeId: 2,
    date: new Date(latest + day).toISOString(),
  });
  await openSyncedArchive(page, sampleServer);

  await page.getByRole('searchbox', { name: 'Search events' }).fill('dock');
  const order = page.getByRole('combobox', { name: 'Order' });
  await expect(order).toHaveValue('relevance');
  await expect(order.getByRole('option', { name: 'Relevance' })).toHaveCount(1);
  const links = page.getByRole('list', { name: 'Events' }).getByRole('link');
  await expect(links.first()).toHaveText('SpaceX CRS-75 Docking');

  await order.selectOption({ label: 'Date, latest first' });
  await expect(links.first()).toHaveText('Progress MS-79 Undocking');
});
