import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

// The build that `vite preview` serves (playwright.config.ts builds into dist-e2e).
const distDir = path.resolve(process.env.E2E_DIST_DIR ?? 'dist-e2e');

test('a new version waits for the person to press Reload, then takes over', async ({
  page,
  // Started for the app to sync from; the test itself does not talk to it.
  sampleServer: _sampleServer,
}) => {
  await page.goto('/events/upcoming');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  await expect(page.getByText('Ready to work offline', { exact: true })).toBeVisible();
  // The first sync is over before the deploy, so the new worker's activation never waits behind
  // the old one's in-flight requests on a slow machine.
  await expect(page.getByRole('status').getByText(/^Up to date/)).toBeVisible({ timeout: 60_000 });

  const workerPath = path.join(distDir, 'sw.js');
  const original = await readFile(workerPath, 'utf8');
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  try {
    // A deploy: the worker script changes byte-wise, so the browser installs it as an update.
    await writeFile(workerPath, `${original}\n// next version ${Date.now()}\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    await expect(page.getByText('Update available', { exact: true })).toBeVisible();
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    // It waits: installed, not activated, and the page was not reloaded behind the person's back.
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      ),
    ).toBe(true);
    expect(navigations).toBe(0);

    await reload.click();
    await expect.poll(() => navigations, { timeout: 30_000 }).toBe(1);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Update available', { exact: true })).toHaveCount(0);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && navigator.serviceWorker.controller !== null;
      }),
    ).toBe(true);
  } finally {
    await writeFile(workerPath, original);
  }
});
