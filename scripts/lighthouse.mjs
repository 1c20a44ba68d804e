// Lighthouse (mobile) over the production build:
// `node scripts/lighthouse.mjs [--data generated|real] [--no-build]`.
//
// Builds the app pointed at the built-in sample API and its news stand-in (same origin, so no
// internet is needed: an unreachable news API would put errors in the console), serves it with
// `vite preview` on a free port, audits a list page and an event's detail page with lighthouse 12
// (run through `npx -y`, so it is not a project dependency) and prints the scores, twice:
// - cold: Lighthouse's own fresh profile, so the audit includes the first sync of the archive;
// - warm: a returning visitor, whose profile already holds the synced archive and the service
//   worker (primed by one visit in the same browser, then audited with storage kept).
//
// The floor: a trivial Vite + React page (scripts/lighthouse-floor: a heading and a paragraph,
// the project's own React) is built and served beside the app and audited with the same flags in
// the same run, cold and warm. What it scores is what this machine allows any React page, so each
// app page is read against it: its performance gap to the floor, and whether it is within the
// floor's scores in all three categories.
//
// Data (`--data`): `generated` (the default) serves the sample server's generated events; `real`
// replays the recorded Launch Library 2 responses beside the repository (LL2_DATA_DIR, default
// ../shared/ll2-data; decision 016) through the same sample server (SAMPLE_API_DATA, read by
// sample-api/vite-plugin.ts). The list page is /events/upcoming, or /events/previous when the data
// holds no upcoming event (recordings end on the day they were made); the detail page is an event
// of that list with webcasts.
//
// Targets: performance ≥ 95, accessibility 100, best practices 100, or at least the floor's
// scores; total blocking time under 150 ms cold. This is a report, not a CI gate: the exit code is
// non-zero only when an audit could not run.
// Reports: reports/lighthouse/<visit>-<page>.report.json and reports/lighthouse/summary.json
// (with `--data real`: <visit>-<page>-real.report.json and summary-real.json).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, findChromium, howToGetChromium } from './chromium.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = Object.keys(TARGETS);
/** Total blocking time of a cold visit stays under this (ms). */
const COLD_TBT_BUDGET_MS = 150;
/** The metrics kept for every audit: Lighthouse audit id → summary key. */
const METRICS = {
  'total-blocking-time': 'tbtMs',
  'largest-contentful-paint': 'lcpMs',
  'first-contentful-paint': 'fcpMs',
  'speed-index': 'speedIndexMs',
  'cumulative-layout-shift': 'cls',
};
const FLOOR = 'floor';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'reports/lighthouse');
const outDir = path.join(reportDir, 'dist');
const floorRoot = path.join(root, 'scripts/lighthouse-floor');
const floorOutDir = path.join(reportDir, 'floor-dist');

const data = dataOption();
const suffix = data === 'real' ? '-real' : '';
const noBuild = process.argv.includes('--no-build');

// The sample server reads its data from the environment on its first request (vite-plugin.ts).
delete process.env.SAMPLE_API_SCALE;
if (data === 'real') {
  const ll2DataDir = process.env.LL2_DATA_DIR ?? path.resolve(root, '../shared/ll2-data');
  if (!existsSync(ll2DataDir)) {
    console.error(
      `--data real needs the recorded Launch Library 2 responses, and there is no folder at ${ll2DataDir}: set LL2_DATA_DIR to the folder of real LL2 responses (decision 016).`,
    );
    process.exit(2);
  }
  process.env.SAMPLE_API_DATA = ll2DataDir;
} else delete process.env.SAMPLE_API_DATA;

const chromePath = findChromium();
if (!chromePath) {
  console.error(howToGetChromium);
  process.exit(1);
}

await mkdir(reportDir, { recursive: true });
if (!noBuild) {
  process.env.VITE_LL2_API_URL = '/sample-api/2.3.0';
  process.env.VITE_SNAPI_URL = '/sample-api/snapi/v4';
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
if (!noBuild || !existsSync(path.join(floorOutDir, 'index.html'))) {
  await build({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: floorOutDir, emptyOutDir: true },
  });
}

const servers = [];
let failed = false;
const rows = [];
let listNote = '';
try {
  const origin = await serve({ root, logLevel: 'warn', build: { outDir } });
  const floorOrigin = await serve({
    root: floorRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: floorOutDir },
  });
  const { list, eventId } = await chooseList(origin);
  if (list !== 'upcoming')
    listNote = `no upcoming event in the ${data} data, so the list page is /events/${list}`;
  const floor = { name: FLOOR, url: `${floorOrigin}/` };
  const pages = [
    { name: list, url: `${origin}/events/${list}` },
    ...(eventId === null ? [] : [{ name: 'event-detail', url: `${origin}/events/${eventId}` }]),
  ];
  // The floor first in each visit, so it is measured right beside the pages it is compared with.
  for (const { name, url } of [floor, ...pages]) await audit('cold', name, url, []);
  await withPrimedBrowser(floor, pages, async (debugPort) => {
    for (const { name, url } of [floor, ...pages]) {
      await audit('warm', name, url, [`--port=${debugPort}`, '--disable-storage-reset']);
    }
  });
} finally {
  for (const server of servers) await server.close();
}

compareWithFloor(rows);

console.log(
  `\nLighthouse 12 (mobile, simulated throttling) on the production build, ${data} data, beside a trivial React page (floor)`,
);
if (listNote) console.log(`(${listNote})`);
console.table(
  rows.map((row) => ({
    visit: row.visit,
    page: row.page,
    perf: row.performance ?? '–',
    a11y: row.accessibility ?? '–',
    'best pr.': row['best-practices'] ?? '–',
    'TBT ms': row.tbtMs ?? '–',
    'LCP ms': row.lcpMs ?? '–',
    'FCP ms': row.fcpMs ?? '–',
    'SI ms': row.speedIndexMs ?? '–',
    CLS: row.cls ?? '–',
    'perf vs floor': row.page === FLOOR ? '' : signed(row.performanceVsFloor),
    'within floor': row.page === FLOOR ? '' : yesNo(row.withinFloor),
    [`TBT < ${COLD_TBT_BUDGET_MS}`]: row.visit === 'cold' ? yesNo(row.coldTbtWithinBudget) : '',
    'bench index': row.benchmarkIndex ?? '–',
    note: row.error ?? '',
  })),
);
for (const row of rows) {
  for (const line of row.belowTarget ?? []) console.log(`  ${row.visit} ${row.page}: ${line}`);
}
console.log(
  `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, or at least the floor's; cold total blocking time < ${COLD_TBT_BUDGET_MS} ms`,
);
console.log(
  '"perf vs floor": the page\'s performance score minus the floor\'s in the same visit; "within floor": at least the floor\'s score in all three categories',
);
await writeFile(
  path.join(reportDir, `summary${suffix}.json`),
  JSON.stringify(
    {
      lighthouse: LIGHTHOUSE,
      data,
      ...(listNote ? { note: listNote } : {}),
      targets: TARGETS,
      coldTotalBlockingTimeBudgetMs: COLD_TBT_BUDGET_MS,
      floor: rows.filter((row) => row.page === FLOOR),
      pages: rows.filter((row) => row.page !== FLOOR),
    },
    null,
    2,
  ),
);
process.exit(failed ? 1 : 0);

/** `--data generated|real` (default generated); exits with a sentence on anything else. */
function dataOption() {
  const index = process.argv.indexOf('--data');
  const value = index === -1 ? 'generated' : process.argv[index + 1];
  if (value === 'generated' || value === 'real') return value;
  console.error(`--data must be "generated" or "real", got "${String(value)}".`);
  process.exit(2);
}

/** `vite preview` with `config` on a free port of 127.0.0.1, closed at the end; its origin. */
async function serve(config) {
  const port = await freePort();
  const server = await preview({
    ...config,
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

async function audit(visit, name, url, extraArgs) {
  const reportPath = path.join(reportDir, `${visit}-${name}${suffix}.report.json`);
  const code = await runLighthouse(url, reportPath, extraArgs);
  if (code !== 0) {
    failed = true;
    rows.push({ visit, page: name, url, error: `lighthouse exited with ${code}` });
    return;
  }
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([id, key]) => {
      const value = report.audits[id]?.numericValue;
      if (value === undefined) return [key, null];
      return [key, key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value)];
    }),
  );
  const belowTarget = Object.entries(scores)
    .filter(([id, score]) => score < TARGETS[id])
    .flatMap(([id]) => failingAudits(report, id));
  // How fast Lighthouse found this machine just before the audit: scores move with it.
  const benchmarkIndex = Math.round(report.environment?.benchmarkIndex ?? 0);
  rows.push({ visit, page: name, url, ...scores, ...metrics, benchmarkIndex, belowTarget });
}

/** Each app page against the floor of the same visit, and each cold visit against the TBT budget. */
function compareWithFloor(allRows) {
  for (const row of allRows) {
    if (row.error !== undefined) continue;
    if (row.visit === 'cold') row.coldTbtWithinBudget = row.tbtMs < COLD_TBT_BUDGET_MS;
    if (row.page === FLOOR) continue;
    const floor = allRows.find(
      (other) => other.visit === row.visit && other.page === FLOOR && other.error === undefined,
    );
    if (floor === undefined) continue;
    row.floorPerformance = floor.performance;
    row.performanceVsFloor = row.performance - floor.performance;
    row.withinFloor = CATEGORIES.every((id) => row[id] >= floor[id]);
  }
}

/**
 * The list page to audit (upcoming, or previous when the data holds no upcoming event) and an
 * event of it with webcasts, so the detail audit covers the webcast section.
 */
async function chooseList(base) {
  for (const list of ['upcoming', 'previous']) {
    const response = await fetch(`${base}/sample-api/2.3.0/events/${list}/?mode=list&limit=100`);
    if (!response.ok) continue;
    const page = await response.json();
    if (page.results.length === 0) continue;
    const eventId =
      page.results.find((event) => event.vid_urls.length > 0)?.id ?? page.results[0]?.id ?? null;
    return { list, eventId };
  }
  return { list: 'upcoming', eventId: null };
}

/**
 * Runs `use(debugPort)` against a Chromium whose profile has visited every page once, online:
 * the floor until its heading showed, each app page until the archive was synced and the service
 * worker controlled the page.
 */
async function withPrimedBrowser(floor, pages, use) {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'rendezvous-lighthouse-'));
  const debugPort = await freePort();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath,
    args: [...chromiumArgs, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const page = await context.newPage();
    await page.goto(floor.url);
    await page.getByRole('heading', { name: 'Lighthouse floor' }).waitFor({ timeout: 60_000 });
    for (const { url } of pages) {
      await page.goto(url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 60_000,
      });
      await page.getByText(/^Up to date/).waitFor({ timeout: 120_000 });
    }
    await page.close();
    await use(debugPort);
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

function runLighthouse(url, outputPath, extraArgs) {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ...extraArgs,
  ];
  return new Promise((resolve) => {
    const child = spawn('npx', args, {
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The audits that cost points in a category, worst first, e.g. "performance: largest-contentful-paint (0.8)". */
function failingAudits(report, categoryId) {
  return report.categories[categoryId].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .sort((a, b) => a.score - b.score)
    .map((audit) =>
      `${categoryId}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim(),
    );
}

function signed(value) {
  if (value === undefined) return '–';
  return value > 0 ? `+${value}` : String(value);
}

function yesNo(value) {
  if (value === undefined) return '–';
  return value ? 'yes' : 'no';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
