import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startSampleServer } from '../sample-api/server.ts';
import { E2E_SAMPLE_API_PORT } from '../playwright.config.ts';

type SampleServer = Awaited<ReturnType<typeof startSampleServer>>;

export interface SampleServerFixture {
  /** The running server's base URL, e.g. http://127.0.0.1:4011/2.3.0 (what the e2e build points at). */
  readonly baseUrl: string;
  /** The programmatic handle: its data and fault injection. */
  readonly server: SampleServer;
  /** Stops the server mid-test, to see what the app does without it. Idempotent. */
  stop(): Promise<void>;
}

interface Fixtures {
  sampleServer: SampleServerFixture;
  makeAxeBuilder: () => AxeBuilder;
}

export const test = base.extend<Fixtures>({
  // Playwright requires the object pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  sampleServer: async ({}, use) => {
    const server = await startSampleServer({ port: E2E_SAMPLE_API_PORT, host: '127.0.0.1' });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await server.close();
    };
    await use({ baseUrl: server.baseUrl, server, stop });
    await stop();
  },
  makeAxeBuilder: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']));
  },
});

export { expect };

/** The "N events" count of a list page, as a number. */
export async function readEventCount(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d,]+ events?$/).first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}
