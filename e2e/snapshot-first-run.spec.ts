import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { serveStaticFolder } from '../snapshot/testing/staticFolderServer.ts';
import { buildApp } from './appBuilds.ts';
import { expect, test } from './fixtures.ts';

test.use({ sampleServerOptions: { size: 300 } });

// Issue 14 part 2: a build whose snapshot lies beside it. The first visit lists the whole archive
// from the snapshot and asks Launch Library 2 (the sample server) for the delta only: one request.
test('a first run loads the archive from the snapshot and spends one API request', async ({
  page,
  sampleServer,
}) => {
  test.setTimeout(240_000);
  const root = await mkdtemp(join(tmpdir(), 'rendezvous-e2e-snapshot-site-'));
  await chmod(root, 0o755);
  await buildApp({ outDir: root, snapshotUrl: 'snapshot/' });
  await buildSnapshot({ apiBaseUrl: sampleServer.baseUrl, outDir: join(root, 'snapshot') });
  const log = sampleServer.server.api.requestLog;
  log.length = 0;
  const site = await serveStaticFolder(root, { spaFallback: true });
  const eventRequests = () =>
    log.filter((entry) => entry.path.startsWith('/events')).map((e) => `${e.status} ${e.path}`);
  try {
    await page.goto(`${site.origin}/events`);
    const total = sampleServer.server.data.events().length;
    await expect(
      page.getByText(new RegExp(`^${total.toLocaleString('en-US')} events$`)),
    ).toBeVisible({ timeout: 60_000 });
    await expect.poll(eventRequests, { timeout: 30_000 }).toHaveLength(1);
    expect(eventRequests()[0]).toMatch(/^200 \/events\/\?.*last_updated__gte=/);
    const chunks = site.requestLog.filter((entry) => entry.path.startsWith('/snapshot/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);

    await page.goto(`${site.origin}/settings`);
    await expect(
      page.getByText(
        new RegExp(
          `^Loaded from the snapshot of .+ \\(${total.toLocaleString('en-US')} events\\), then kept current from Launch Library 2\\.$`,
        ),
      ),
    ).toBeVisible();
    // The snapshot's calendar feeds are offered for subscription, and they are there to fetch.
    const feed = `${site.origin}/snapshot/feeds/dockings.ics`;
    await expect(
      page.getByRole('link', { name: 'Subscribe to dockings and berthings' }),
    ).toHaveAttribute('href', feed.replace(/^http:/, 'webcal:'));
    await expect(
      page.getByRole('textbox', { name: 'Address of the dockings and berthings feed' }),
    ).toHaveValue(feed);
    const calendar = await page.request.get(feed);
    expect(calendar.ok()).toBe(true);
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Still the one request: nothing walked the archive behind the snapshot's back.
    expect(eventRequests()).toHaveLength(1);
  } finally {
    await site.close();
    await rm(root, { recursive: true, force: true });
  }
});
