import type { APIRequestContext } from '@playwright/test';
import type { EventDetailed, Paged, VidUrl } from '../src/api/schemas.ts';
import { toYouTubeEmbed } from '../src/features/webcasts/utils/youTubeEmbed.ts';
import { expect, test } from './fixtures.ts';

// No internet here, and tests never reach YouTube: the privacy-enhanced player is a stand-in page.
const PLAYER_STAND_IN = '<!doctype html><title>Player</title><p>YouTube player stand-in</p>';

async function upcomingEvents(
  request: APIRequestContext,
  baseUrl: string,
): Promise<EventDetailed[]> {
  const response = await request.get(`${baseUrl}/events/upcoming/?mode=detailed&limit=100`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as Paged<EventDetailed>).results;
}

const isYouTube = (webcast: VidUrl) => toYouTubeEmbed(webcast.url) !== null;
const isOtherWebHost = (webcast: VidUrl) =>
  !isYouTube(webcast) && /^https?:\/\//i.test(webcast.url);

test.beforeEach(async ({ page }) => {
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: PLAYER_STAND_IN }),
  );
});

test('Play swaps the thumbnail for the privacy-enhanced YouTube player titled with the webcast', async ({
  page,
  request,
  sampleServer,
}) => {
  const events = await upcomingEvents(request, sampleServer.baseUrl);
  const event = events.find((candidate) =>
    candidate.vid_urls.some((webcast) => isYouTube(webcast) && webcast.title),
  );
  if (!event)
    throw new Error('The sample data has no upcoming event with a titled YouTube webcast');
  const webcast = event.vid_urls.find(
    (candidate) => isYouTube(candidate) && candidate.title,
  ) as VidUrl;
  const title = webcast.title as string;
  const video = toYouTubeEmbed(webcast.url);

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name, { timeout: 60_000 });
  const section = page.getByRole('region', { name: 'Webcasts' });
  await expect(section.getByRole('heading', { level: 2, name: 'Webcasts' })).toBeVisible();
  await expect(section.locator('iframe')).toHaveCount(0);

  await section
    .getByRole('button', { name: `Play ${title}`, exact: true })
    .first()
    .click();

  const player = section.getByTitle(title, { exact: true });
  await expect(player).toHaveJSProperty('tagName', 'IFRAME');
  await expect(player).toHaveAttribute(
    'src',
    new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${video?.videoId ?? ''}\\?autoplay=1`),
  );
  await expect(player).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  await expect(
    page.frameLocator(`iframe[src*="youtube-nocookie.com"]`).getByText('YouTube player stand-in'),
  ).toBeVisible();
  // Only ever the privacy-enhanced host, and only after Play.
  await expect(
    page.locator('iframe:not([src^="https://www.youtube-nocookie.com/embed/"])'),
  ).toHaveCount(0);
});

test('a webcast on another host opens in a new tab and is never embedded', async ({
  page,
  request,
  sampleServer,
}) => {
  const events = await upcomingEvents(request, sampleServer.baseUrl);
  const event = events.find((candidate) => candidate.vid_urls.some(isOtherWebHost));
  test.skip(!event, 'The sample data has no upcoming event with a non-YouTube webcast');
  if (!event) return;
  const webcast = event.vid_urls.find(isOtherWebHost) as VidUrl;

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name, { timeout: 60_000 });
  const section = page.getByRole('region', { name: 'Webcasts' });
  const link = section.locator(`a[href="${new URL(webcast.url).href}"]`).first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAccessibleName(/^Watch .+ on .+ \(opens in a new tab\)$/);
  await expect(section.locator('iframe')).toHaveCount(0);
});

test('hostile webcast URLs are shown as text, never linked, embedded or run', async ({
  page,
  sampleServer,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The server's hostile events carry javascript:/data: URLs and markup in every field.
  sampleServer.server.data.reset({ hostile: true });
  const hostile = sampleServer.server.data
    .events()
    .find((event) => event.vid_urls.some((webcast) => !/^https?:/i.test(webcast.url.trim())));
  if (!hostile) throw new Error('The hostile sample data has no event with a hostile webcast URL');

  await page.goto(`/events/${hostile.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.name, {
    timeout: 60_000,
  });
  const section = page.getByRole('region', { name: 'Webcasts' });
  await expect(
    section.getByText('This webcast has no web address that can be opened.').first(),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: /^Play / })).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(
    page.locator('a[href^="javascript:" i], a[href^="data:" i], img[src^="javascript:" i]'),
  ).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the upcoming list shows a "Live now" strip linking to the events on air', async ({
  page,
  request,
  sampleServer,
}) => {
  const events = await upcomingEvents(request, sampleServer.baseUrl);
  const live = events.find(
    (event) => event.webcast_live || event.vid_urls.some((webcast) => webcast.live),
  );
  test.skip(!live, 'The sample data has no webcast live now');
  if (!live) return;

  await page.goto('/events/upcoming');
  const strip = page.getByRole('region', { name: 'Live now' });
  await expect(strip).toBeVisible({ timeout: 60_000 });
  const link = strip.getByRole('link', { name: live.name, exact: true });
  await expect(link).toHaveAttribute('href', new RegExp(`^/events/${live.id}(/|$)`));
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(live.name);
  await expect(
    page.getByRole('region', { name: 'Webcasts' }).getByText('Live now').first(),
  ).toBeVisible();
});
