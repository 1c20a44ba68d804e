import { afterEach, beforeEach } from 'vitest';
import { createLl2Client, type Ll2Client } from '../../api/client.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { BudgetPolicy } from '../budget.ts';
import { runSync, type SyncContext } from '../runSync.ts';
import { createManualClock, type ManualClock } from './manualClock.ts';
import { startTestSampleServer, type TestSampleServer } from './sampleServer.ts';

/** When every sync test's manual clock starts. */
export const SYNC_TEST_START = Date.UTC(2026, 0, 15, 12, 0, 0);

/** No request limit and no asking the API for one, so only the test decides what is spent. */
export const UNMETERED: BudgetPolicy = {
  defaultLimit: null,
  windowMs: 3_600_000,
  askThrottle: false,
};

export interface SampleSyncHarness {
  readonly server: TestSampleServer;
  readonly clock: ManualClock;
  readonly client: Ll2Client;
  /** Swaps in another server (and a client for it) on the same clock, e.g. one with a request limit. */
  replaceServer(options: { size: number; requestLimit?: number | null }): Promise<void>;
}

interface Running {
  server: TestSampleServer;
  clock: ManualClock;
  client: Ll2Client;
}

async function startOn(
  clock: ManualClock,
  options: { size: number; requestLimit?: number | null },
): Promise<Running> {
  const server = await startTestSampleServer({ ...options, clock: () => clock.now() });
  return { server, clock, client: createLl2Client({ baseUrl: server.baseUrl, timeoutMs: 5_000 }) };
}

/**
 * Gives every test of the file a sample LL2 server of `size` events over real HTTP, driven by a
 * manual clock at SYNC_TEST_START (replaying `randomValues`), and a client for it; the server is
 * closed after each test. Read the fields inside a test or hook, not at the top of the file.
 */
export function sampleServerPerTest(options: {
  size: number;
  randomValues?: readonly number[];
}): SampleSyncHarness {
  let current: Running | null = null;
  beforeEach(async () => {
    const clock = createManualClock(SYNC_TEST_START, options.randomValues);
    current = await startOn(clock, { size: options.size });
  });
  afterEach(async () => {
    const running = current;
    current = null;
    await running?.server.close();
  });
  const started = () => {
    if (current === null) throw new Error('The sample server runs only during a test.');
    return current;
  };
  return {
    get server() {
      return started().server;
    },
    get clock() {
      return started().clock;
    },
    get client() {
      return started().client;
    },
    async replaceServer(replacement) {
      const { server, clock } = started();
      await server.close();
      current = await startOn(clock, replacement);
    },
  };
}

/** One sync of `db` against the harness: unmetered, never reconciling, never aborted, unless overridden. */
export function syncUnmetered(
  harness: SampleSyncHarness,
  db: SourceDatabase,
  overrides: Partial<SyncContext> = {},
) {
  return runSync({
    client: harness.client,
    db,
    clock: harness.clock,
    policy: UNMETERED,
    signal: new AbortController().signal,
    reconcile: 'never',
    ...overrides,
  });
}
