import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

/**
 * Where the e2e sample server listens; the e2e build points the app at it (see e2e/fixtures.ts).
 * Both ports can be moved (`E2E_SAMPLE_API_PORT`, `E2E_APP_PORT`) so two checkouts can run their
 * end-to-end tests side by side.
 */
export const E2E_SAMPLE_API_PORT = Number(process.env.E2E_SAMPLE_API_PORT ?? 4011);
const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
const appUrl = `http://127.0.0.1:${E2E_APP_PORT}`;
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: appUrl,
    trace: 'retain-on-failure',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build (with its service worker), pointed at the e2e sample server.
    command: `npx vite build --outDir dist-e2e --emptyOutDir && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${E2E_APP_PORT} --strictPort`,
    url: appUrl,
    env: {
      VITE_LL2_API_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/2.3.0`,
      // The sample server's Spaceflight News API stand-in (sample-api/snapi/).
      VITE_SNAPI_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/snapi/v4`,
    },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
