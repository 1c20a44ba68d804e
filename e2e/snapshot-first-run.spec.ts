import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_SAMPLE_API_PORT } from '../playwright.config.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { serveStaticFolder } from '../snapshot/testing/staticFolderServer.ts';
import { expect, test } from './fixtures.ts';

test.use({ sampleServerOptions: { size: 300 } });

/** The production build with `VITE_SNAPSHOT_URL` set (the shared e2e build has none). */
function buildAppWithSnapshot(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      env: {
        ...process.env,
        VITE_LL2_API_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/2.3.0`,
        VITE_SNAPI_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/snapi/v4`,
        VITE_SNAPSHOT_URL: 'snapshot/',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    build.stderr.on('data', (text: Buffer) => (errors += text.toString()));
    build.on('error', reject);
    build.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited ${code}: ${errors}`));
    });
  });
}

// Issue 14 part 2: a build whose snapshot lies beside it. The first visit lists the whole archive
// from the snapshot and asks Launch Library 2 (the sample server) for the delta only: one request.
test('a first run loads the archive from the snapshot and spends one API request', async ({
  page,
  sampleServer,
}) => {
  test.setTimeout(240_000);
  const root = await mkdtemp(join(tmpdir(), 'rendezvous-e2e-snapshot-site-'));
  await chmod(root, 0o755);
  await buildAppWithSnapshot(root);
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
