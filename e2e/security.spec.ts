import type { Page } from '@playwright/test';
import type { StoredEvent } from '../sample-api/types.ts';
import { buildContentSecurityPolicy } from '../scripts/contentSecurityPolicy.ts';
import { toYouTubeEmbed } from '../src/features/webcasts/utils/youTubeEmbed.ts';
import { E2E_SAMPLE_API_PORT } from '../playwright.config.ts';
import { expect, test, type SampleServerFixture } from './fixtures.ts';

// API text is untrusted. The sample server's hostile events (sample-api/hostileEvents.ts) carry
// markup, <script> and javascript:/data: URLs in names, descriptions, update comments, webcast,
// info and image URLs. These tests prove none of it runs, links, embeds or renders as HTML, and
// that the built app's Content-Security-Policy is present and never trips in normal use.

const YOUTUBE_EMBED = 'https://www.youtube-nocookie.com/embed/';
const PLAYER_STAND_IN = '<!doctype html><title>Player</title><p>YouTube player stand-in</p>';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** Everything a page does that it should not: collected for the whole test, across navigations. */
interface Watch {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  violations: Violation[];
}

async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], pageErrors: [], consoleErrors: [], violations: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (violation: Violation) => {
    seen.violations.push(violation);
  });
  await page.addInitScript(() => {
    const host = window as unknown as { __reportViolation: (v: unknown) => Promise<void> };
    document.addEventListener('securitypolicyviolation', (event) => {
      void host.__reportViolation({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
    // Every payload calls alert/confirm/prompt: a marker on window says one ran, even if a dialog
    // were swallowed somewhere.
    const marked = window as unknown as { __payloadRan?: string[] };
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      Object.defineProperty(window, name, {
        configurable: true,
        value: (...args: unknown[]) => {
          marked.__payloadRan = [...(marked.__payloadRan ?? []), `${name}(${String(args[0])})`];
          return (original as (...a: unknown[]) => unknown)(...args);
        },
      });
    }
  });
  return seen;
}

function expectNothingRan(seen: Watch) {
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.pageErrors, 'uncaught page errors').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  expect(seen.violations, 'CSP violations').toEqual([]);
}

/** The DOM after the app rendered hostile text: checked for anything a payload could have added. */
async function expectSafeDom(page: Page) {
  const report = await page.evaluate((youTubeEmbed) => {
    const all = [...document.querySelectorAll('*')];
    const origin = location.origin;
    const resolved = (value: string) => {
      try {
        return new URL(value, location.href);
      } catch {
        return null;
      }
    };
    return {
      payloadRan: (window as unknown as { __payloadRan?: string[] }).__payloadRan ?? [],
      inlineHandlers: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `<${element.tagName.toLowerCase()} ${attribute.name}>`),
      ),
      inlineScripts: [...document.querySelectorAll('script:not([src])')].map((script) =>
        script.textContent.slice(0, 80),
      ),
      foreignScripts: [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .map((script) => script.src)
        .filter((src) => resolved(src)?.origin !== origin),
      // The payloads' own elements: <img src=x>, <svg onload>, <b>/<i> from API text, <iframe javascript:>.
      injected: [
        ...document.querySelectorAll(
          'img[src="x"], svg[onload], object, embed, base, form[action]',
        ),
      ].map((element) => element.outerHTML.slice(0, 120)),
      unsafeLinks: [...document.querySelectorAll('a[href]')]
        .map((anchor) => anchor.getAttribute('href') ?? '')
        .filter((href) => {
          const url = resolved(href);
          const appRelative = href.startsWith('/') || href.startsWith('#');
          return (
            url === null ||
            !['http:', 'https:'].includes(url.protocol) ||
            (!appRelative && !/^https?:\/\//i.test(href.trim()))
          );
        }),
      unsafeImages: [...document.querySelectorAll('img')]
        .map((image) => image.getAttribute('src') ?? '')
        .filter(
          (src) => !['http:', 'https:', 'data:', 'blob:'].includes(resolved(src)?.protocol ?? ''),
        ),
      foreignFrames: [...document.querySelectorAll('iframe')]
        .map((frame) => frame.getAttribute('src') ?? '(no src)')
        .filter((src) => !src.startsWith(youTubeEmbed)),
      links: document.querySelectorAll('a[href]').length,
    };
  }, YOUTUBE_EMBED);
  expect(report.payloadRan, 'payload markers on window').toEqual([]);
  expect(report.inlineHandlers, 'inline event handlers').toEqual([]);
  expect(report.inlineScripts, 'inline scripts').toEqual([]);
  expect(report.foreignScripts, 'scripts from other origins').toEqual([]);
  expect(report.injected, 'elements from payloads').toEqual([]);
  expect(report.unsafeLinks, 'links that are not http(s) or app-relative').toEqual([]);
  expect(report.unsafeImages, 'images that are not http(s)/data/blob').toEqual([]);
  expect(report.foreignFrames, 'frames other than youtube-nocookie').toEqual([]);
  expect(report.links).toBeGreaterThan(0);
  for (const frame of page.frames().slice(1))
    expect(frame.url()).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
}

const isHostile = (event: StoredEvent) => /<|javascript:/i.test(event.name);

async function syncAll(page: Page, sampleServer: SampleServerFixture) {
  const total = sampleServer.server.data.events().length;
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({
    timeout: 60_000,
  });
}

test.describe('hostile API text', () => {
  test.use({ sampleServerOptions: { hostile: true } });

  test('a search lists the hostile events by their literal names; nothing runs, links or embeds', async ({
    page,
    sampleServer,
  }) => {
    const seen = await watch(page);
    const hostile = sampleServer.server.data.events().filter(isHostile);
    expect(hostile).toHaveLength(3);
    await syncAll(page, sampleServer);

    for (const path of ['/events', '/events/upcoming', '/events/previous']) {
      await page.goto(`${path}?search=alert`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const shown = hostile.filter((event) => {
        const at = Date.parse(event.date ?? '');
        if (path === '/events/upcoming') return at >= Date.now() - 24 * 3_600_000;
        if (path === '/events/previous') return at <= Date.now();
        return true;
      });
      expect(shown.length).toBeGreaterThan(0);
      for (const event of shown) {
        // API text is literal text: the tag characters themselves are on screen.
        await expect(page.getByText(event.name, { exact: true }).first()).toBeVisible();
      }
      await expectSafeDom(page);
    }
    expectNothingRan(seen);
  });

  test('each hostile event’s detail page shows its markup as text and links nothing unsafe', async ({
    page,
    sampleServer,
  }) => {
    const seen = await watch(page);
    const hostile = sampleServer.server.data.events().filter(isHostile);
    await syncAll(page, sampleServer);

    for (const event of hostile) {
      await page.goto(`/events/${event.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
      // The description and update comment are text, markup and all.
      const main = page.getByRole('main');
      await expect(main).toContainText(event.description.trim().slice(0, 40));
      const update = event.updates[0];
      if (update?.comment) await expect(main).toContainText('<script>alert("update")</script>');
      await expectSafeDom(page);
      // No Play button can exist: every webcast URL of these events is javascript:/data:.
      await expect(page.getByRole('button', { name: /^Play / })).toHaveCount(0);
      await expect(page.locator('iframe')).toHaveCount(0);
    }
    expectNothingRan(seen);
  });
});

test.describe('Content-Security-Policy', () => {
  test('the built page carries the policy as its first tag after the charset, and it is enforced', async ({
    page,
    request,
    sampleServer: _sampleServer,
  }) => {
    const html = await (await request.get('/')).text();
    const expected = buildContentSecurityPolicy(`http://127.0.0.1:${E2E_SAMPLE_API_PORT}/2.3.0`);
    const head = html.slice(0, html.indexOf('</head>'));
    const metas = [...head.matchAll(/<meta\b[^>]*>/g)].map((match) => match[0]);
    expect(metas[0]).toMatch(/charset/i);
    expect(metas[1]).toContain('http-equiv="Content-Security-Policy"');

    const seen = await watch(page);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const content = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(content).toBe(expected);

    // Enforced, not only present: an injected inline script is refused and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => seen.violations.map((v) => v.directive)).toContain('script-src-elem');
  });

  test('normal use — lists, a detail page, playing a webcast, settings — trips no directive', async ({
    page,
    sampleServer,
  }) => {
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: PLAYER_STAND_IN }),
    );
    const seen = await watch(page);
    await syncAll(page, sampleServer);
    await page.goto('/events/upcoming');
    await expect(page.getByRole('heading', { level: 1, name: 'Upcoming events' })).toBeVisible();
    await page.goto('/events/previous?type__ids=2');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const event = sampleServer.server.data
      .events()
      .find((candidate) =>
        candidate.vid_urls.some((webcast) => webcast.title && toYouTubeEmbed(webcast.url)),
      );
    if (!event) throw new Error('The sample data has no event with a titled YouTube webcast');
    const webcast = event.vid_urls.find((w) => w.title && toYouTubeEmbed(w.url));
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
    const section = page.getByRole('region', { name: 'Webcasts' });
    await section
      .getByRole('button', { name: `Play ${webcast?.title ?? ''}`, exact: true })
      .first()
      .click();
    const player = section.locator('iframe');
    await expect(player).toHaveCount(1);
    await expect(player).toHaveAttribute(
      'src',
      new RegExp(`^${YOUTUBE_EMBED.replaceAll('.', '\\.')}`),
    );
    await expect(player).toHaveAttribute('allow', /autoplay/);
    await expect(player).toHaveAttribute('allow', /encrypted-media/);
    await expect(player).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    await expect(page.frameLocator('iframe').getByText('YouTube player stand-in')).toBeVisible();
    await expectSafeDom(page);

    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/events');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('docking');
    await expect(page).toHaveURL(/search=docking/);
    expectNothingRan(seen);
  });

  // zod 4 probes `new Function` unless configured jitless (src/api/zodConfig.ts); under the CSP
  // every probe would be reported as a violation.
  test('syncing trips no directive at all', async ({ page, sampleServer: _sampleServer }) => {
    const seen = await watch(page);
    await page.goto('/events/upcoming');
    await expect(page.getByRole('heading', { level: 1, name: 'Upcoming events' })).toBeVisible();
    await expect(page.getByText(/^[\d,]+ events?$/).first()).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1_000);
    expect(seen.violations, 'CSP violations while syncing').toEqual([]);
  });
});
