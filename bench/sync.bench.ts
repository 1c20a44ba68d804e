/**
 * Sync benchmark (issue: "a full sync of the sample data set and a delta sync with no change, in
 * Chromium — requests made, events written per second to IndexedDB, wall time").
 *
 * Starts the sample server (default 1,100 events) on a free port, bundles the real sync engine
 * (src/sync/runSync.ts with src/api and src/db) into a page served from the sample server's own
 * origin, and runs in headless Chromium:
 *   1. a full sync into an empty database (first-paint request + cursor walk),
 *   2. a delta sync with no change (the "costs exactly one request"),
 *   3. the storage path alone: every stored event written again through `storeEventsPage`, in
 *      pages of 100, to separate IndexedDB throughput from network and JSON/zod time.
 * Requests are counted by the server, not only by the engine. Prints a table and writes
 * bench/results/sync.json. This is a measurement, not a timed test: it fails only when the sync
 * itself goes wrong (not up to date, a mirror that differs, or a delta costing more than one request).
 *
 * Run: `npx tsx bench/sync.bench.ts [--size 1100] [--repeats 3]` (CHROME_PATH picks the browser).
 */
import { startSampleServer } from '../sample-api/server.ts';
import {
  bundleBenchPage,
  inlinePage,
  launchBenchBrowser,
  median,
  numberOption,
  srcModule as src,
  writeBenchResult,
} from './benchSupport.ts';
import { benchDataName, resultName, sampleServerData } from './benchData.ts';

const DATA = benchDataName();
const SIZE = numberOption('size', DATA === 'real' ? 10_000 : 1100);
const REPEATS = numberOption('repeats', 3);

interface RunOutcome {
  status: string;
  requests: number;
  written: number;
  rejected: number;
  ms: number;
}
interface BenchRun {
  full: RunOutcome;
  delta: RunOutcome;
  stored: number;
  storedIndex: string[];
  rewrite: { events: number; ms: number };
}
interface BenchWindow {
  syncBench: { run(baseUrl: string, label: string): Promise<BenchRun> };
}

// The page: the app's own engine, database and client, nothing else.
const entry = `
import { createLl2Client } from ${src('api/client.ts')};
import { SourceDatabase } from ${src('db/sourceDatabase.ts')};
import { storeEventsPage } from ${src('db/eventWrites.ts')};
import { runSync } from ${src('sync/runSync.ts')};

const unmetered = { defaultLimit: null, windowMs: 3600000, askThrottle: false };

async function timed(context) {
  const started = performance.now();
  const outcome = await runSync(context);
  return { status: outcome.status, requests: outcome.requests, written: outcome.written, rejected: outcome.rejected, ms: performance.now() - started };
}

window.syncBench = {
  async run(baseUrl, label) {
    const db = new SourceDatabase(baseUrl + '#' + label);
    await db.delete();
    await db.open();
    const client = createLl2Client({ baseUrl });
    const context = { client, db, policy: unmetered, reconcile: 'never', signal: new AbortController().signal };
    const full = await timed(context);
    const delta = await timed(context);
    const events = await db.events.toArray();
    const storedIndex = events.map((event) => event.id + '@' + event.last_updated).sort();
    const started = performance.now();
    for (let start = 0; start < events.length; start += 100) {
      await storeEventsPage(db, events.slice(start, start + 100), null);
    }
    const rewrite = { events: events.length, ms: performance.now() - started };
    const stored = await db.events.count();
    await db.delete();
    return { full, delta, stored, storedIndex, rewrite };
  },
};
`;

async function main() {
  const code = await bundleBenchPage('sync-bench', entry);

  const server = await startSampleServer({ port: 0, ...sampleServerData(DATA, SIZE) });
  const origin = new URL(server.baseUrl).origin;
  const browser = await launchBenchBrowser();
  const runs: (BenchRun & { serverRequests: { full: number; delta: number } })[] = [];
  let problems: string[] = [];
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Served from the API's own origin, so requests are same-origin like the app's sample source.
    await page.route(`${origin}/__sync-bench/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: inlinePage(code),
      }),
    );
    await page.goto(`${origin}/__sync-bench/`);
    if (errors.length > 0) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);

    const expected = server.data
      .events()
      .map((event) => `${event.id}@${event.last_updated}`)
      .sort();
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      const logBefore = server.api.requestLog.length;
      const run = await page.evaluate(
        ([baseUrl, label]) => (window as unknown as BenchWindow).syncBench.run(baseUrl, label),
        [server.baseUrl, `run-${repeat}`] as const,
      );
      const served = server.api.requestLog
        .slice(logBefore)
        .filter((entry) => entry.method === 'GET');
      const deltaRequests = run.delta.requests;
      runs.push({
        ...run,
        serverRequests: { full: served.length - deltaRequests, delta: deltaRequests },
      });
      if (run.full.status !== 'up-to-date')
        problems.push(`run ${repeat}: full sync ended ${run.full.status}`);
      if (run.delta.requests !== 1)
        problems.push(`run ${repeat}: delta took ${run.delta.requests} requests`);
      if (JSON.stringify(run.storedIndex) !== JSON.stringify(expected)) {
        problems.push(
          `run ${repeat}: stored ${run.stored} events, not identical to the server's ${expected.length}`,
        );
      }
      if (served.length !== run.full.requests + run.delta.requests) {
        problems.push(
          `run ${repeat}: server saw ${served.length} requests, engine counted ${run.full.requests + run.delta.requests}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  problems = [...new Set(problems)];

  const fullMs = median(runs.map((run) => run.full.ms));
  const deltaMs = median(runs.map((run) => run.delta.ms));
  const rewriteMs = median(runs.map((run) => run.rewrite.ms));
  const first = runs[0];
  const summary = {
    data: DATA,
    events: SIZE,
    repeats: REPEATS,
    fullSync: {
      requests: first?.full.requests ?? null,
      eventsWritten: first?.full.written ?? null,
      wallMsMedian: Math.round(fullMs),
      eventsPerSecond: Math.round((first?.stored ?? 0) / (fullMs / 1000)),
    },
    deltaNoChange: {
      requests: first?.delta.requests ?? null,
      wallMsMedian: Math.round(deltaMs * 10) / 10,
    },
    indexedDbWritesOnly: {
      events: first?.rewrite.events ?? null,
      wallMsMedian: Math.round(rewriteMs),
      eventsPerSecond: Math.round((first?.rewrite.events ?? 0) / (rewriteMs / 1000)),
    },
    runs: runs.map(({ storedIndex: _ignored, ...run }) => run),
    problems,
    browser: 'Chromium (headless)',
    at: new Date().toISOString(),
  };

  console.log(
    `Sync benchmark: sample server, ${SIZE} ${DATA === 'real' ? 'real-shaped' : 'generated'} events, median of ${REPEATS} runs, headless Chromium\n`,
  );
  console.table({
    'full sync': {
      requests: summary.fullSync.requests,
      'wall ms': summary.fullSync.wallMsMedian,
      'events/s': summary.fullSync.eventsPerSecond,
    },
    'delta, no change': {
      requests: summary.deltaNoChange.requests,
      'wall ms': summary.deltaNoChange.wallMsMedian,
    },
    'IndexedDB writes only': {
      requests: 0,
      'wall ms': summary.indexedDbWritesOnly.wallMsMedian,
      'events/s': summary.indexedDbWritesOnly.eventsPerSecond,
    },
  });
  console.log(`Wrote ${writeBenchResult(resultName('sync', DATA), summary)}`);
  if (problems.length > 0) {
    console.error(`Sync problems:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
}

await main();
