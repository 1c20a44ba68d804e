import type { Page } from '@playwright/test';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicyHeader } from '../deploy/hostingRules.ts';
import { nginxAvailability, startNginx } from '../deploy/testing/nginxServer.ts';
import { calendarUid } from '../src/features/calendar/utils/buildEventCalendar.ts';
import { CALENDAR_FEEDS } from '../src/features/calendar/utils/calendarFeedList.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { FEED_HISTORY_MS } from '../snapshot/calendarFeeds.ts';
import { parseFeed } from '../snapshot/testing/snapshotChecks.ts';
import { buildAppOnce } from './appBuilds.ts';
import { expect, readEventCount, test } from './fixtures.ts';

const availability = nginxAvailability();

// A small archive: what is tested is the serving, not the sync's speed.
test.use({ sampleServerOptions: { size: 300 } });

// The production build served by real nginx with the generated configuration (deploy/): the CSP
// arrives as a header, so it covers the sync worker too (a meta tag does not reach workers), and
// the app still syncs the whole archive through that worker.
test('the built app runs under nginx with the CSP as a header, its worker included', async ({
  page,
  sampleServer,
}) => {
  test.skip(!availability.run, availability.run ? '' : availability.reason);
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'rendezvous-e2e-site-'));
  await chmod(root, 0o755);
  await cp('dist-e2e', root, { recursive: true });
  await buildSnapshot({ apiBaseUrl: sampleServer.baseUrl, outDir: join(root, 'snapshot') });
  const nginx = await startNginx(root, { base: '/', apiBaseUrl: sampleServer.baseUrl });
  try {
    const violations: string[] = [];
    await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const host = window as unknown as { __reportViolation: (text: string) => Promise<void> };
      document.addEventListener('securitypolicyviolation', (event) => {
        void host.__reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    const workerScript = page.waitForResponse((response) =>
      response.url().includes('/assets/syncWorker-'),
    );
    const answer = await page.goto(`${nginx.origin}/events`);
    expect(answer?.status()).toBe(200);
    expect(await answer?.headerValue('content-security-policy')).toBe(
      contentSecurityPolicyHeader(sampleServer.baseUrl),
    );
    expect(await (await workerScript).headerValue('content-security-policy')).toContain(
      "script-src 'self'",
    );

    const total = sampleServer.server.data.events().length;
    await expect(
      page.getByText(new RegExp(`^${total.toLocaleString('en-US')} events$`)),
    ).toBeVisible({ timeout: 60_000 });
    const worker = page.workers().find((w) => w.url().includes('/assets/syncWorker-'));
    if (worker === undefined) throw new Error('no sync worker');
    // The header's policy governs the worker: a request to an origin connect-src does not allow
    // is refused there and reported as a violation inside the worker.
    expect(
      await worker.evaluate(async () => {
        const reported = new Promise<string>((resolve) => {
          self.addEventListener('securitypolicyviolation', (event) => {
            resolve(event.effectiveDirective);
          });
          setTimeout(() => {
            resolve('no violation');
          }, 5000);
        });
        await fetch('http://192.0.2.1/').catch(() => undefined);
        return reported;
      }),
    ).toBe('connect-src');
    expect(violations).toEqual([]);

    // A deep link is answered with the app (SPA fallback), and the snapshot is served beside it.
    const deep = await page.goto(`${nginx.origin}/events/upcoming?search=dock`);
    expect(deep?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const manifest = await page.request.get(`${nginx.origin}/snapshot/manifest.json`);
    expect(((await manifest.json()) as { eventCount: number }).eventCount).toBe(total);
  } finally {
    await nginx.stop();
    await rm(root, { recursive: true, force: true });
  }
});

// Issue 14 part 5: the production build with its snapshot beside it (`VITE_SNAPSHOT_URL=snapshot/`),
// and the same under a sub-path, each built once per run into its own folder (ignored by git).
const SNAPSHOT_BUILD = { outDir: 'dist-e2e-snapshot', snapshotUrl: 'snapshot/' };
const SUBPATH = '/rendezvous/';
const SUBPATH_BUILD = { outDir: 'dist-e2e-subpath', snapshotUrl: 'snapshot/', base: SUBPATH };

interface Site {
  /** nginx's root: the build lies at `<root><base>`. */
  root: string;
  /** The snapshot folder, `snapshot/` beside the app. */
  snapshot: string;
}

/** A temporary site: `build` (when given) at `base`, and a snapshot of `apiBaseUrl` beside it. */
async function publishSite(build: string | null, base: string, apiBaseUrl: string): Promise<Site> {
  const root = await mkdtemp(join(tmpdir(), 'rendezvous-e2e-site-'));
  await chmod(root, 0o755);
  const app = join(root, ...base.split('/').filter((part) => part !== ''));
  await mkdir(app, { recursive: true });
  if (build !== null) await cp(build, app, { recursive: true });
  const snapshot = join(app, 'snapshot');
  await buildSnapshot({ apiBaseUrl, outDir: snapshot });
  return { root, snapshot };
}

interface SnapshotManifestFile {
  generatedAt: string;
  eventCount: number;
  chunks: { file: string }[];
}

async function readManifest(snapshot: string): Promise<SnapshotManifestFile> {
  return JSON.parse(
    await readFile(join(snapshot, 'manifest.json'), 'utf8'),
  ) as SnapshotManifestFile;
}

/** Waits until the service worker controls the page: `ready` alone can resolve before that. */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

function countedEvents(total: number): RegExp {
  return new RegExp(`^${total.toLocaleString('en-US')} events$`);
}

test('through nginx, a first visit takes the archive from the snapshot: no archive request, one delta request', async ({
  page,
  context,
  sampleServer,
}) => {
  test.skip(!availability.run, availability.run ? '' : availability.reason);
  test.setTimeout(240_000);
  await buildAppOnce(SNAPSHOT_BUILD);
  const site = await publishSite(SNAPSHOT_BUILD.outDir, '/', sampleServer.baseUrl);
  const nginx = await startNginx(site.root, { base: '/', apiBaseUrl: sampleServer.baseUrl });
  const log = sampleServer.server.api.requestLog;
  log.length = 0;
  const eventRequests = () =>
    log.filter((entry) => entry.path.startsWith('/events')).map((e) => `${e.status} ${e.path}`);
  const chunkRequests: string[] = [];
  context.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/snapshot/chunks/')) {
      chunkRequests.push(request.url());
    }
  });
  try {
    await page.goto(`${nginx.origin}/events`);
    const total = sampleServer.server.data.events().length;
    await expect(page.getByText(countedEvents(total))).toBeVisible({ timeout: 60_000 });
    await expect.poll(eventRequests, { timeout: 30_000 }).toHaveLength(1);
    expect(eventRequests()[0]).toMatch(/^200 \/events\/\?.*last_updated__gte=/);
    const { chunks } = await readManifest(site.snapshot);
    expect(new Set(chunkRequests).size).toBe(chunks.length);

    await page.goto(`${nginx.origin}/settings`);
    await expect(
      page.getByText(
        new RegExp(
          `^Loaded from the snapshot of .+ \\(${total.toLocaleString('en-US')} events\\), then kept current from Launch Library 2\\.$`,
        ),
      ),
    ).toBeVisible();
    expect(eventRequests()).toHaveLength(1);
  } finally {
    await nginx.stop();
    await rm(site.root, { recursive: true, force: true });
  }
});

test('through nginx, a damaged snapshot chunk is refused with a note and the archive comes from the API', async ({
  page,
  sampleServer,
}) => {
  test.skip(!availability.run, availability.run ? '' : availability.reason);
  test.setTimeout(240_000);
  await buildAppOnce(SNAPSHOT_BUILD);
  const site = await publishSite(SNAPSHOT_BUILD.outDir, '/', sampleServer.baseUrl);
  // One byte changed on disk, the size kept: only the SHA-256 can tell.
  const { chunks } = await readManifest(site.snapshot);
  const damaged = chunks.at(-1)?.file;
  if (damaged === undefined) throw new Error('the snapshot has no chunk');
  const bytes = await readFile(join(site.snapshot, damaged));
  const at = bytes.indexOf('"name"');
  if (at < 0) throw new Error(`no "name" in ${damaged}`);
  bytes[at + 1] = 'N'.charCodeAt(0);
  await writeFile(join(site.snapshot, damaged), bytes);
  const nginx = await startNginx(site.root, { base: '/', apiBaseUrl: sampleServer.baseUrl });
  const log = sampleServer.server.api.requestLog;
  log.length = 0;
  try {
    await page.goto(`${nginx.origin}/events`);
    const total = sampleServer.server.data.events().length;
    await expect(page.getByText(countedEvents(total))).toBeVisible({ timeout: 60_000 });
    // The API walk: the archive's pages, not one delta.
    expect(log.filter((entry) => entry.path.startsWith('/events')).length).toBeGreaterThan(1);

    await page.goto(`${nginx.origin}/settings`);
    const escaped = damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(
      page.getByText(
        new RegExp(
          `^The published snapshot was not used\\. The snapshot file ${escaped} does not match its manifest \\(size or SHA-256 differs\\): it is damaged or from another generation\\. The archive is downloaded from Launch Library 2 instead\\.$`,
        ),
      ),
    ).toBeVisible();
    await expect(page.getByText(/^Loaded from the snapshot of/)).toHaveCount(0);
  } finally {
    await nginx.stop();
    await rm(site.root, { recursive: true, force: true });
  }
});

test('a build for /rendezvous/ served there by nginx syncs from its snapshot and reloads offline', async ({
  page,
  context,
  sampleServer,
}) => {
  test.skip(!availability.run, availability.run ? '' : availability.reason);
  test.setTimeout(240_000);
  await buildAppOnce(SUBPATH_BUILD);
  const site = await publishSite(SUBPATH_BUILD.outDir, SUBPATH, sampleServer.baseUrl);
  const nginx = await startNginx(site.root, { base: SUBPATH, apiBaseUrl: sampleServer.baseUrl });
  const app = `${nginx.origin}${SUBPATH}`;
  const log = sampleServer.server.api.requestLog;
  log.length = 0;
  const eventRequests = () => log.filter((entry) => entry.path.startsWith('/events'));
  try {
    await page.goto(`${app}events`);
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(app);
    const total = sampleServer.server.data.events().length;
    await expect(page.getByText(countedEvents(total))).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/^Up to date/)).toBeVisible({ timeout: 60_000 });
    // The snapshot beside the app (at /rendezvous/snapshot/) brought the archive: one delta request.
    expect(eventRequests()).toHaveLength(1);

    // The web app manifest, its icons and the head's icons all live under the base.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${SUBPATH}manifest.webmanifest`);
    const manifestUrl = new URL(manifestHref ?? '', app).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
      screenshots: { src: string }[];
    };
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([SUBPATH, SUBPATH, SUBPATH]);
    const headIcons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').all();
    const files = [
      ...[...manifest.icons, ...manifest.screenshots].map((image) =>
        new URL(image.src, manifestUrl).toString(),
      ),
      ...(await Promise.all(headIcons.map((link) => link.getAttribute('href')))).map((href) =>
        new URL(href ?? '', app).toString(),
      ),
    ];
    for (const file of files) {
      expect(file.startsWith(app), file).toBe(true);
      expect((await page.request.get(file)).status(), file).toBe(200);
    }

    // Links and routes stay under the base; nothing is served outside it.
    const upcoming = page.getByRole('link', { name: 'Upcoming', exact: true });
    await expect(upcoming).toHaveAttribute('href', `${SUBPATH}events/upcoming`);
    await upcoming.click();
    await expect(page).toHaveURL(`${app}events/upcoming`);
    expect((await page.request.get(`${nginx.origin}/events`)).status()).toBe(404);
    await page.goto(`${app}settings`);
    await expect(
      page.getByRole('textbox', { name: 'Address of the dockings and berthings feed' }),
    ).toHaveValue(`${app}snapshot/feeds/dockings.ics`);

    const filtered = `${app}events?type__ids=2&search=dock`;
    await page.goto(filtered);
    await expect.poll(() => readEventCount(page)).toBeGreaterThan(0);
    const filteredCount = await readEventCount(page);

    // Offline (the network cut, not navigator.onLine): the worker answers the reload under the base.
    await context.setOffline(true);
    await page.goto(filtered);
    await expect(page.getByRole('status').getByText('Offline', { exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await expect.poll(() => readEventCount(page)).toBe(filteredCount);
    await page.goto(`${app}events/upcoming`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').getByText('Offline', { exact: true })).toBeVisible();
  } finally {
    await context.setOffline(false);
    await nginx.stop();
    await rm(site.root, { recursive: true, force: true });
  }
});

test('the dockings feed served by nginx parses as iCalendar and holds the upcoming dockings', async ({
  request,
  sampleServer,
}) => {
  test.skip(!availability.run, availability.run ? '' : availability.reason);
  const site = await publishSite(null, '/', sampleServer.baseUrl);
  const nginx = await startNginx(site.root, { base: '/', apiBaseUrl: sampleServer.baseUrl });
  try {
    const answer = await request.get(`${nginx.origin}/snapshot/feeds/dockings.ics`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const entries = parseFeed(await answer.text());

    const feed = CALENDAR_FEEDS.find((definition) => definition.file === 'feeds/dockings.ics');
    const types = feed?.typeIds ?? [];
    const now = Date.parse((await readManifest(site.snapshot)).generatedAt);
    const expected = sampleServer.server.data
      .events()
      .filter((event) => types.includes(event.type.id))
      .filter((event) => event.date !== null && Date.parse(event.date) >= now - FEED_HISTORY_MS);
    // The sample archive has dockings still to come, and the feed holds each of them.
    expect(expected.filter((event) => Date.parse(event.date ?? '') > now).length).toBeGreaterThan(
      0,
    );
    expect(entries.map((entry) => entry.uid).sort()).toEqual(
      expected.map((event) => calendarUid(event.id, sampleServer.baseUrl)).sort(),
    );
    for (const entry of entries) expect(entry.summary).not.toBe('');
  } finally {
    await nginx.stop();
    await rm(site.root, { recursive: true, force: true });
  }
});
