import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicyHeader } from '../deploy/hostingRules.ts';
import { nginxAvailability, startNginx } from '../deploy/testing/nginxServer.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { expect, test } from './fixtures.ts';

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
