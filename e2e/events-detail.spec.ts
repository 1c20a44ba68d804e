import { expect, test } from './fixtures.ts';

test('the detail page shows the event: name, type, date, location, description, image credit, updates newest first', async ({
  page,
  sampleServer,
}) => {
  const event = sampleServer.server.data
    .events()
    .find(
      (candidate) =>
        candidate.updates.length >= 2 &&
        candidate.image !== null &&
        candidate.location !== null &&
        candidate.program.length > 0,
    );
  if (!event) throw new Error('The sample data has no event with updates, image and program');

  await page.goto(`/events/${event.id}/${event.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name, { timeout: 60_000 });
  const article = page.getByRole('main');
  await expect(article.getByText(event.type.name, { exact: true }).first()).toBeVisible();
  await expect(article.getByText(event.location ?? '', { exact: true }).first()).toBeVisible();
  await expect(article.getByText(event.description.slice(0, 40))).toBeVisible();
  await expect(article.getByRole('figure')).toBeVisible();

  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates.getByRole('heading', { level: 2, name: 'Updates' })).toBeVisible();
  const newest = [...event.updates].sort(
    (a, b) => Date.parse(b.created_on) - Date.parse(a.created_on),
  )[0];
  if (newest?.comment) {
    await expect(updates.getByRole('listitem').first()).toContainText(newest.comment.slice(0, 30));
  }
  await expect(
    page
      .getByRole('region', { name: 'Involved' })
      .getByText(event.program[0]?.name ?? '')
      .first(),
  ).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(event.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('an event of a program or station shows the events before and after it', async ({
  page,
  sampleServer,
}) => {
  // Let the archive arrive first: the arc is built from the stored events.
  await page.goto('/events');
  await expect(page.getByText(/^[\d,]+ events$/)).toBeVisible({ timeout: 60_000 });
  const total = sampleServer.server.data.events().length;
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({
    timeout: 60_000,
  });
  const event = sampleServer.server.data
    .events()
    .find((candidate) => candidate.spacestations.length > 0 && candidate.date !== null);
  if (!event) throw new Error('The sample data has no station event');
  await page.goto(`/events/${event.id}`);
  const arc = page.getByRole('region', { name: 'Before and after' });
  await expect(arc.getByRole('link').first()).toBeVisible();
  await arc.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/events\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(event.name);
});

test('unknown ids and unknown routes get a 404 page, never a crash', async ({
  page,
  // The app under test reads the sample server; the test itself needs nothing from it.
  sampleServer: _sampleServer,
}) => {
  await page.goto('/events/987654321');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found', {
    timeout: 60_000,
  });
  await expect(page.getByText('There is no event with id 987654321.')).toBeVisible();

  await page.goto('/events/not-a-number');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See upcoming events' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upcoming events');
});

test('the UTC switch is one click and remembered', async ({
  page,
  // The app under test reads the sample server; the test itself needs nothing from it.
  sampleServer: _sampleServer,
}) => {
  await page.goto('/events/upcoming');
  const utc = page.getByRole('button', { name: 'UTC' });
  await utc.click();
  await expect(utc).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
});
