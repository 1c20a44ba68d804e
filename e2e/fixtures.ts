import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { replayedEvents, type ReplayRequest } from '../sample-api/replay/replaySource.ts';
import { startSampleServer, type SampleApiOptions } from '../sample-api/server.ts';
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

/**
 * Options for the e2e sample server (`test.use({ sampleServerOptions: { hostile: true } })`). The
 * port and host are fixed: the e2e build points the app at them. `replay` serves recorded LL2
 * responses (a file or folder, optionally scaled) instead of generated events, as `--data` does.
 */
export type SampleServerOptions = Omit<SampleApiOptions, 'basePath'> & { replay?: ReplayRequest };

interface Fixtures {
  sampleServerOptions: SampleServerOptions;
  sampleServer: SampleServerFixture;
  makeAxeBuilder: () => AxeBuilder;
}

export const test = base.extend<Fixtures>({
  sampleServerOptions: [{}, { option: true }],
  sampleServer: async ({ sampleServerOptions }, use) => {
    const { replay, ...options } = sampleServerOptions;
    const server = await startSampleServer({
      ...options,
      ...(replay ? { events: replayedEvents(replay).events } : {}),
      port: E2E_SAMPLE_API_PORT,
      host: '127.0.0.1',
    });
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
    await use(() =>
      new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']),
    );
  },
});

export { expect };

/** The "N events" count of a list page, as a number. */
export async function readEventCount(page: Page): Promise<number> {
  const text = await page
    .getByText(/^[\d,]+ events?$/)
    .first()
    .innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * An event of the sample data dated exactly (or with no precision given) more than a week ahead:
 * one whose date a test can move and whose reminders and calendar entries have a time.
 */
export function exactlyDatedEventWeeksAhead<
  T extends { date: string | null; date_precision: { id: number } | null },
>(events: readonly T[]): T & { date: string } {
  const weekAhead = Date.now() + 7 * 86_400_000;
  const event = events.find(
    (candidate) =>
      candidate.date !== null &&
      Date.parse(candidate.date) > weekAhead &&
      (candidate.date_precision === null || candidate.date_precision.id <= 1),
  );
  if (event?.date == null) throw new Error('The sample data has no exactly dated upcoming event');
  return event as T & { date: string };
}
