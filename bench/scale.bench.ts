/**
 * Scale benchmark (issue: "100,000 events synced and browsed"): the real app, built for production
 * (service worker, CSP and all), pointed at a sample server of 100,000 generated events, in headless
 * Chromium. It measures what a person meets:
 *   1. the first sync of the whole archive, watched on Settings: wall time until the header says
 *      "Up to date", requests (as the server logged them), events per second, storage used;
 *   2. JS heap (CDP, after a forced GC) once synced, with "All events" loaded, and on Settings after;
 *   3. "All events" opened for the first time after the sync, then reloaded with everything stored:
 *      time to the full count and the first row, and the page's DOM node count (decision 021's bound);
 *   4. search and filters over the 100,000 in the page: from the input event to the count in the DOM
 *      showing the expected number (computed in Node with the app's own query code), and to the next
 *      frame;
 *   5. the first sync again at a smaller size (--compare-size, 10,000), watched on Settings and on
 *      "All events": the list re-reads every stored summary after each page the sync writes, so its
 *      cost grows with the square of the archive (at 100,000 it did not finish in 9 minutes);
 *   6. for every first sync, the page's long tasks (≥ 50 ms): how many, the longest, and their
 *      blocking time summed — what the sync worker (decision 014) keeps off the page — and once
 *      more on "All events" with a phone's CPU (4× slowdown, as Lighthouse's mobile audit).
 * Prints a table and writes bench/results/scale.json. A measurement: it fails only when the app does
 * not reach the expected state (a count or status that never appears) or a page throws.
 *
 * Run: `npx tsx bench/scale.bench.ts [--size 100000] [--repeats 3] [--compare-size 10000]`
 * (CHROME_PATH picks the browser).
 */
import os from 'node:os';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { startSampleServer } from '../sample-api/server.ts';
import { toEventSummary } from '../src/db/eventSummary.ts';
import { NO_FILTERS, type EventFilters } from '../src/features/events/utils/eventFilters.ts';
import { createEventQuery, sortEvents } from '../src/features/events/utils/queryEvents.ts';
import {
  eventCountText,
  launchBenchBrowser,
  median,
  numberOption,
  percentile,
  serveProductionApp,
  waitForListShown,
  waitUntilUpToDate,
  writeBenchResult,
} from './benchSupport.ts';
import { benchDataName, realShapedEvents, resultName, sampleServerData } from './benchData.ts';

const DATA = benchDataName();
const SIZE = numberOption('size', DATA === 'real' ? 10_000 : 100_000);
const REPEATS = numberOption('repeats', 3);
/** The size at which a first sync is also timed with the list open (it re-reads the store per page). */
const COMPARE_SIZE = numberOption('compare-size', 10_000);
const SYNC_TIMEOUT_MS = 20 * 60_000;
/** Lighthouse's mobile CPU slowdown, for the first sync watched on a phone. */
const PHONE_CPU = 4;
const STEP_TIMEOUT_MS = 30_000;

type FilterPatch = Partial<Pick<EventFilters, 'search' | 'typeIds' | 'hasWebcast'>>;
interface Step {
  label: string;
  /** How the page is driven: the search box's text, or a click on a filter checkbox. */
  action: { search: string } | { checkbox: { legend: string; label: string } };
  filters: FilterPatch;
}

/** Typing a phrase: every prefix whose result differs from the one before (equal counts give no signal). */
function typing(phrase: string, count: (patch: FilterPatch) => number): Step[] {
  const steps: Step[] = [];
  let previous = count({});
  for (let i = 1; i <= phrase.length; i += 1) {
    const search = phrase.slice(0, i);
    const next = count({ search });
    if (next === previous) continue;
    steps.push({ label: `type "${phrase}"`, action: { search }, filters: { search } });
    previous = next;
  }
  steps.push({ label: `type "${phrase}"`, action: { search: '' }, filters: {} });
  return steps;
}

const checkbox = (legend: string, label: string, filters: FilterPatch, name: string): Step => ({
  label: name,
  action: { checkbox: { legend, label } },
  filters,
});

async function heapMb(cdp: CDPSession): Promise<{ usedMb: number; totalMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
  return { usedMb: mb(metric('JSHeapUsedSize')), totalMb: mb(metric('JSHeapTotalSize')) };
}

/**
 * Waits until the list has its whole set (the filter panel's "Event type" group shows): since
 * decision 031 the count and first rows come first, from the date index, and a search typed
 * before the whole set waits for it.
 */
async function waitForWholeSet(page: Page, timeout: number) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('fieldset legend')].some(
        (legend) => legend.textContent === 'Event type',
      ),
    undefined,
    { timeout, polling: 'raf' },
  );
}

interface FreshSync {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** From navigation to the sync's end as the page shows it. */
  wallMs: number;
  /** GET requests to the events endpoints, as the server logged them. */
  requests: number;
  /** First to last events request, as the server saw them. */
  engineSpanMs: number;
  /** Every API call the server answered during the sync (events, config, throttle). */
  allApiRequests: number;
  /** The page's main thread during the sync: what kept it from answering input. */
  mainThread: MainThreadBlocking;
}

interface LongTasks {
  /** Tasks of 50 ms or more. */
  longTasks: number;
  longestMs: number;
  /** Their time beyond 50 ms each, summed (Lighthouse's total blocking time, over the whole sync). */
  blockingMs: number;
}

interface MainThreadBlocking extends LongTasks {
  /**
   * The same split at the sync's first request (as the server logged it): the app starting up
   * (the entry script, the first render) before, the sync's own pages and the page's re-reads after.
   */
  beforeSync: LongTasks;
  duringSync: LongTasks;
}

/** Records the page's long tasks from its first script on (read back with readMainThreadBlocking). */
const RECORD_LONG_TASKS = `
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      globalThis.__longTasks.push({ atMs: performance.timeOrigin + entry.startTime, ms: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
`;

function summarizeLongTasks(durations: readonly number[]): LongTasks {
  return {
    longTasks: durations.length,
    longestMs: Math.round(Math.max(0, ...durations)),
    blockingMs: Math.round(durations.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0)),
  };
}

/** The page's long tasks; `syncStartedAtMs` (epoch ms) splits them into before and during the sync. */
async function readMainThreadBlocking(
  page: Page,
  syncStartedAtMs: number,
): Promise<MainThreadBlocking> {
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { __longTasks: { atMs: number; ms: number }[] }).__longTasks,
  );
  const durations = (keep: (task: { atMs: number }) => boolean) =>
    tasks.filter(keep).map((task) => task.ms);
  return {
    ...summarizeLongTasks(durations(() => true)),
    beforeSync: summarizeLongTasks(durations((task) => task.atMs < syncStartedAtMs)),
    duringSync: summarizeLongTasks(durations((task) => task.atMs >= syncStartedAtMs)),
  };
}

type SampleServer = Awaited<ReturnType<typeof startSampleServer>>;

/**
 * A new browser profile opens `startPath` and syncs the whole archive. On `/settings` the end is
 * the header's "Up to date"; on `/events` it is the list showing every event (the list re-reads
 * the store after every page the sync writes, so this is what a person watching the list waits).
 */
async function syncFresh(
  browser: Browser,
  appUrl: string,
  server: SampleServer,
  startPath: '/settings' | '/events',
  pageErrors: string[],
  /** Chromium's CPU slowdown for the page (4 is Lighthouse's mobile phone); 1 runs at full speed. */
  cpuSlowdown = 1,
): Promise<FreshSync> {
  const total = server.data.events().length;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the functions handed
  // to page.evaluate carry along; the page needs it too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript({ content: RECORD_LONG_TASKS });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  server.api.requestLog.length = 0;
  const eventRequests = () =>
    server.api.requestLog.filter(
      (entry) => entry.method === 'GET' && entry.path.startsWith('/events'),
    );
  const started = Date.now();
  // A long wait: say how far the sync is, from the server's side.
  const progress = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`  … ${startPath}: ${seconds} s, ${eventRequests().length} event pages served`);
  }, 30_000);
  try {
    await page.goto(`${appUrl}${startPath}`);
    if (startPath === '/events') {
      await waitForListShown(page, eventCountText(total), SYNC_TIMEOUT_MS);
    } else {
      await waitUntilUpToDate(page, SYNC_TIMEOUT_MS);
    }
  } finally {
    clearInterval(progress);
  }
  const wallMs = Date.now() - started;
  const served = eventRequests();
  const mainThread = await readMainThreadBlocking(
    page,
    served[0]?.atMs ?? Number.POSITIVE_INFINITY,
  );
  const engineSpanMs = (served.at(-1)?.atMs ?? Number.NaN) - (served[0]?.atMs ?? Number.NaN);
  return {
    context,
    page,
    cdp,
    wallMs,
    requests: served.length,
    engineSpanMs,
    allApiRequests: server.api.requestLog.length,
    mainThread,
  };
}

/** One search/filter step, timed inside the page from the input event to the committed count. */
async function runStep(page: Page, step: Step, expected: string) {
  return page.evaluate(
    async ({ action, expected: text, timeout }) => {
      const status = [...document.querySelectorAll('p[role="status"]')].find((p) =>
        /^[\d,]+ events?$/.test(p.textContent),
      );
      if (!status) throw new Error('No event count on the page');
      let target: HTMLInputElement | undefined;
      if ('search' in action) {
        target = document.querySelector<HTMLInputElement>('input[type="search"]') ?? undefined;
      } else {
        const group = [...document.querySelectorAll('fieldset')].find(
          (fieldset) => fieldset.querySelector('legend')?.textContent === action.checkbox.legend,
        );
        target = [
          ...(group?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
        ].find((input) => input.labels?.[0]?.textContent.trim().startsWith(action.checkbox.label));
      }
      if (!target) throw new Error(`No control for ${JSON.stringify(action)}`);
      const control = target;
      const started = performance.now();
      const committed = new Promise<number>((resolve, reject) => {
        const check = () => {
          if (status.textContent !== text) return false;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Expected "${text}", the page shows "${status.textContent}"`));
        }, timeout);
      });
      if ('search' in action) {
        // React listens for input events; set the value the way typing does.
        const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
        descriptor?.set?.call(control, action.search);
        control.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        control.click();
      }
      const commitMs = await committed;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { commitMs, frameMs: performance.now() - started };
    },
    { action: step.action, expected, timeout: STEP_TIMEOUT_MS },
  );
}

const thousands = (n: number) => n.toLocaleString('en-US');

const round1 = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  const startedAt = Date.now();
  console.log(
    `Scale benchmark: ${SIZE.toLocaleString('en-US')} ${DATA === 'real' ? 'real-shaped' : 'generated'} events, the production app, headless Chromium`,
  );
  const server = await startSampleServer({ port: 0, ...sampleServerData(DATA, SIZE) });
  const total = server.data.events().length;
  const generatedMs = Date.now() - startedAt;

  // The app, built for production and pointed at this server (the e2e build's way of choosing one).
  const app = await serveProductionApp('scale', server.baseUrl);
  const appUrl = app.url;

  // What the list should show for each step, from the app's own query code over the same data.
  const summaries = server.data
    .events()
    .map((event) => toEventSummary({ ...event, url: '', response_mode: 'detailed' }));
  const query = createEventQuery(sortEvents(summaries, 'date'));
  const count = (patch: FilterPatch) =>
    query({ ...NO_FILTERS, ...patch }, 'all', Date.now()).events.length;
  const steps: Step[] = [
    ...typing('soyuz docking', count),
    ...typing('crew dragon iss', count),
    ...typing('pump module', count),
    checkbox('Event type', 'Docking', { typeIds: [2] }, 'tick type Docking, then EVA'),
    checkbox('Event type', 'EVA', { typeIds: [2, 3] }, 'tick type Docking, then EVA'),
    checkbox('Event type', 'EVA', { typeIds: [2] }, 'untick EVA, then Docking'),
    checkbox('Event type', 'Docking', {}, 'untick EVA, then Docking'),
  ];

  const browser = await launchBenchBrowser();
  const pageErrors: string[] = [];
  let result: Record<string, unknown>;
  try {
    // 1. The first sync of the whole archive, on Settings (no list re-reading the store).
    const sync = await syncFresh(browser, appUrl, server, '/settings', pageErrors);
    const { page, cdp } = sync;
    // Chromium breaks usage down; the service worker's caches pad opaque (cross-origin) responses.
    const storage = await page.evaluate(async () => {
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: Record<string, number>;
      };
      return { usage: estimate.usage ?? 0, details: estimate.usageDetails ?? {} };
    });
    const heapAfterSync = await heapMb(cdp);
    console.log(`  synced ${thousands(total)} events in ${sync.wallMs} ms`);

    // 2. "All events" for the first time after the sync, then reloads of it, all stored.
    const firstListStarted = Date.now();
    await page.goto(`${appUrl}/events`);
    await waitForListShown(page, eventCountText(total), 120_000);
    const firstListMs = Date.now() - firstListStarted;
    const reloads: { countMs: number }[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      await page.reload();
      reloads.push({ countMs: await waitForListShown(page, eventCountText(total), 120_000) });
    }
    await waitForWholeSet(page, 120_000);
    // Nothing unbounded on the list page (issue 12 part 4, decision 021): its whole DOM, loaded.
    const listDomNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heapList = await heapMb(cdp);
    await page.goto(`${appUrl}/settings`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    const heapSettings = await heapMb(cdp);
    await page.goto(`${appUrl}/events`);
    await waitForListShown(page, eventCountText(total), 120_000);
    await waitForWholeSet(page, 120_000);

    // 3. Search and filters over everything.
    const byLabel = new Map<string, { commit: number[]; frame: number[] }>();
    const all = { commit: [] as number[], frame: [] as number[] };
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      for (const step of steps) {
        const timing = await runStep(page, step, eventCountText(count(step.filters)));
        const mine = byLabel.get(step.label) ?? { commit: [], frame: [] };
        mine.commit.push(timing.commitMs);
        mine.frame.push(timing.frameMs);
        byLabel.set(step.label, mine);
        all.commit.push(timing.commitMs);
        all.frame.push(timing.frameMs);
      }
    }
    await sync.context.close();

    // 4. The same first sync at a smaller size, watched on Settings and on "All events".
    server.api.reset({ size: COMPARE_SIZE });
    if (DATA === 'real') server.data.store.replaceAll(realShapedEvents(COMPARE_SIZE));
    const compareTotal = server.data.events().length;
    const compare: Record<
      string,
      { wallMs: number; requests: number; mainThread: MainThreadBlocking }
    > = {};
    for (const startPath of ['/settings', '/events'] as const) {
      const fresh = await syncFresh(browser, appUrl, server, startPath, pageErrors);
      compare[startPath] = {
        wallMs: fresh.wallMs,
        requests: fresh.requests,
        mainThread: fresh.mainThread,
      };
      await fresh.context.close();
    }
    // 5. Once more on "All events", on a phone's CPU (Lighthouse's 4× slowdown).
    const onPhone = await syncFresh(browser, appUrl, server, '/events', pageErrors, PHONE_CPU);
    await onPhone.context.close();

    const sortedCommit = [...all.commit].sort((a, b) => a - b);
    const sortedFrame = [...all.frame].sort((a, b) => a - b);

    result = {
      benchmark: 'scale',
      data: DATA,
      events: total,
      generated: SIZE,
      repeats: REPEATS,
      setup: { sampleServerGenerateMs: generatedMs, appBuildMs: app.buildMs },
      fullSync: {
        wallMs: sync.wallMs,
        engineSpanMs: sync.engineSpanMs,
        requests: sync.requests,
        allApiRequests: sync.allApiRequests,
        eventsPerSecond: Math.round(total / (sync.wallMs / 1000)),
        mainThread: sync.mainThread,
        storageUsageMb: Math.round(storage.usage / 1_048_576),
        storageUsageByKindMb: Object.fromEntries(
          Object.entries(storage.details).map(([kind, bytes]) => [
            kind,
            Math.round(bytes / 1_048_576),
          ]),
        ),
      },
      firstSyncWatchedOn: {
        events: compareTotal,
        settingsWallMs: compare['/settings']?.wallMs ?? null,
        allEventsListWallMs: compare['/events']?.wallMs ?? null,
        requests: compare['/settings']?.requests ?? null,
        settingsMainThread: compare['/settings']?.mainThread ?? null,
        allEventsListMainThread: compare['/events']?.mainThread ?? null,
        allEventsListOnPhoneCpu: {
          cpuSlowdown: PHONE_CPU,
          wallMs: onPhone.wallMs,
          mainThread: onPhone.mainThread,
        },
      },
      heap: {
        afterSync: heapAfterSync,
        allEventsLoaded: heapList,
        settingsAfterList: heapSettings,
      },
      list: {
        firstOpenAfterSyncMs: firstListMs,
        reloadCountAndFirstRowMsMedian: round1(median(reloads.map((r) => r.countMs))),
        runsMs: reloads.map((r) => round1(r.countMs)),
        domNodes: listDomNodes,
      },
      searchAndFilter: {
        updates: all.commit.length,
        commitMsMedian: round1(percentile(sortedCommit, 50)),
        commitMsP95: round1(percentile(sortedCommit, 95)),
        frameMsMedian: round1(percentile(sortedFrame, 50)),
        frameMsP95: round1(percentile(sortedFrame, 95)),
        maxMs: round1(sortedFrame.at(-1) ?? Number.NaN),
        byScenario: Object.fromEntries(
          [...byLabel].map(([label, t]) => [
            label,
            {
              updates: t.commit.length,
              commitMsMedian: round1(median(t.commit)),
              frameMsMedian: round1(median(t.frame)),
              frameMsP95: round1(
                percentile(
                  [...t.frame].sort((a, b) => a - b),
                  95,
                ),
              ),
            },
          ]),
        ),
      },
      pageErrors,
      browser: 'Chromium (headless), viewport 1280×900',
      cores: os.cpus().length,
      at: new Date().toISOString(),
      totalBenchMs: Date.now() - startedAt,
    };
  } finally {
    await browser.close();
    await app.close();
    await server.close();
  }

  const r = result as {
    fullSync: Record<string, number> & {
      storageUsageByKindMb: Record<string, number>;
      mainThread: MainThreadBlocking;
    };
    firstSyncWatchedOn: Record<string, number> & {
      settingsMainThread: MainThreadBlocking;
      allEventsListMainThread: MainThreadBlocking;
      allEventsListOnPhoneCpu: { wallMs: number; mainThread: MainThreadBlocking };
    };
    heap: Record<string, { usedMb: number; totalMb: number }>;
    list: {
      firstOpenAfterSyncMs: number;
      reloadCountAndFirstRowMsMedian: number;
      domNodes: number;
    };
    searchAndFilter: Record<string, number> & {
      byScenario: Record<string, Record<string, number>>;
    };
  };
  console.log(`\n${thousands(total)} events (median of ${REPEATS} where repeated)\n`);
  console.table({
    'full sync (on Settings)': {
      'wall ms': r.fullSync.wallMs,
      requests: r.fullSync.requests,
      'events/s': r.fullSync.eventsPerSecond,
    },
    'All events, first open after the sync': { 'wall ms': r.list.firstOpenAfterSyncMs },
    'All events, reload: count + first row': { 'wall ms': r.list.reloadCountAndFirstRowMsMedian },
    'All events, DOM nodes of the whole page': { count: r.list.domNodes },
    'search/filter update, to commit': {
      'wall ms': r.searchAndFilter.commitMsMedian,
      'p95 ms': r.searchAndFilter.commitMsP95,
    },
    'search/filter update, to next frame': {
      'wall ms': r.searchAndFilter.frameMsMedian,
      'p95 ms': r.searchAndFilter.frameMsP95,
    },
    [`full sync of ${thousands(r.firstSyncWatchedOn.events ?? 0)}, on Settings`]: {
      'wall ms': r.firstSyncWatchedOn.settingsWallMs,
      requests: r.firstSyncWatchedOn.requests,
    },
    [`full sync of ${thousands(r.firstSyncWatchedOn.events ?? 0)}, on All events`]: {
      'wall ms': r.firstSyncWatchedOn.allEventsListWallMs,
      requests: r.firstSyncWatchedOn.requests,
    },
  });
  console.log(
    `Storage used: ${r.fullSync.storageUsageMb} MB (${JSON.stringify(r.fullSync.storageUsageByKindMb)})`,
  );
  console.log(
    "The page's main thread during each first sync (long tasks ≥ 50 ms; before: the app starting, until the sync's first request; during: from then on):",
  );
  const compared = thousands(r.firstSyncWatchedOn.events ?? 0);
  const phone = r.firstSyncWatchedOn.allEventsListOnPhoneCpu;
  const row = ({ beforeSync, duringSync, ...all }: MainThreadBlocking) => ({
    ...all,
    'before: long': beforeSync.longTasks,
    'before: longest ms': beforeSync.longestMs,
    'during: long': duringSync.longTasks,
    'during: longest ms': duringSync.longestMs,
    'during: blocking ms': duringSync.blockingMs,
  });
  console.table({
    [`${thousands(total)}, on Settings`]: row(r.fullSync.mainThread),
    [`${compared}, on Settings`]: row(r.firstSyncWatchedOn.settingsMainThread),
    [`${compared}, on All events`]: row(r.firstSyncWatchedOn.allEventsListMainThread),
    [`${compared}, on All events, ${PHONE_CPU}× CPU slowdown (${phone.wallMs} ms)`]: row(
      phone.mainThread,
    ),
  });
  console.table(r.heap);
  console.table(r.searchAndFilter.byScenario);
  console.log(`Wrote ${writeBenchResult(resultName('scale', DATA), result)}`);
  if (pageErrors.length > 0) {
    console.error(`Page errors:\n- ${pageErrors.join('\n- ')}`);
    process.exitCode = 1;
  }
}

await main();
