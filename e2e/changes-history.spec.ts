import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { exactlyDatedEventWeeksAhead, expect, readEventCount, test } from './fixtures.ts';

const DAY_MS = 86_400_000;

test('a date moved on the server shows up as history, a Changed mark, a watchlist entry and an updated calendar file', async ({
  page,
  sampleServer,
  makeAxeBuilder,
}) => {
  const data = sampleServer.server.data;
  // Mirror the whole archive first: only changes to stored events are history.
  await page.goto('/events');
  const total = data.events().length;
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({
    timeout: 60_000,
  });
  expect(await readEventCount(page)).toBe(total);

  const event = exactlyDatedEventWeeksAhead(data.events());
  const movedTo = new Date(Date.parse(event.date) + 2 * DAY_MS).toISOString();
  data.edit(event.id, { date: movedTo });

  // Stay in the page (client-side navigation only) so the sync runs to its end.
  await page.getByRole('searchbox', { name: 'Search events' }).fill(event.name);
  await page.getByRole('button', { name: 'Sync now' }).click();
  // The list marks it Changed: this visit began before the sync recorded the change.
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: event.name, exact: true }) });
  await expect(row.getByText('Changed', { exact: true })).toBeVisible({ timeout: 30_000 });

  await row.getByRole('link', { name: event.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('Date moved once: +2 d')).toBeVisible();

  // "What changed" lists it, newest first.
  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first(),
  ).toContainText(event.name);
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

  // Star it; it is on the watchlist.
  await page.goto(`/events/${event.id}/${event.slug}`);
  const star = page.getByRole('button', { name: `Watch ${event.name}` });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Watchlist' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Watchlist' })).toBeVisible();
  await expect(page.getByRole('link', { name: event.name, exact: true })).toBeVisible();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  // Reminded an hour ahead: the calendar file's alarm follows the choice.
  await page.getByLabel('Remind me').selectOption('60');
  await expect(page.getByLabel('Remind me')).toHaveValue('60');

  // Add to calendar: a parseable .ics with a stable UID and SEQUENCE raised by the change.
  await page.goto(`/events/${event.id}/${event.slug}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const path = await download.path();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')) as unknown[]);
  const [vevent] = calendar.getAllSubcomponents('vevent');
  if (!vevent) throw new Error('The calendar file has no event');
  const entry = new ICAL.Event(vevent);
  expect(entry.uid).toBe(`${event.id}@${new URL(sampleServer.baseUrl).host}.rendezvous`);
  expect(entry.summary).toBe(event.name);
  expect(entry.sequence).toBe(1);
  expect(entry.startDate.toJSDate().toISOString()).toBe(new Date(movedTo).toISOString());
  // An exact time carries one alarm, at the lead time chosen on the watchlist.
  const alarms = vevent.getAllSubcomponents('valarm');
  expect(alarms).toHaveLength(1);
  expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
  const trigger = alarms[0]?.getFirstPropertyValue('trigger');
  expect(trigger instanceof ICAL.Duration && trigger.toSeconds()).toBe(-3_600);
});
