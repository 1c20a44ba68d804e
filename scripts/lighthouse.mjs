// Lighthouse (mobile) over the production build: `node scripts/lighthouse.mjs [--no-build]`.
//
// Builds the app pointed at the built-in sample API (same origin, so no internet is needed),
// serves it with `vite preview` on a free port, audits a list page and an event's detail page
// with lighthouse 12 (run through `npx -y`, so it is not a project dependency) and prints the
// scores, twice:
// - cold: Lighthouse's own fresh profile, so the audit includes the first sync of the archive;
// - warm: a returning visitor, whose profile already holds the synced archive and the service
//   worker (primed by one visit in the same browser, then audited with storage kept).
// Targets: performance ≥ 95, accessibility 100, best practices 100. This is a report, not a CI
// gate: the exit code is non-zero only when an audit could not run.
// Reports: reports/lighthouse/<visit>-<page>.report.json and reports/lighthouse/summary.json.
import { spawn } from 'node:child_process';
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
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'reports/lighthouse');
const outDir = path.join(reportDir, 'dist');

const chromePath = findChromium();
if (!chromePath) {
  console.error(howToGetChromium);
  process.exit(1);
}

await mkdir(reportDir, { recursive: true });
if (!process.argv.includes('--no-build')) {
  process.env.VITE_LL2_API_URL = '/sample-api/2.3.0';
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

const port = await freePort();
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const origin = `http://127.0.0.1:${port}`;

let failed = false;
const rows = [];
try {
  const eventId = await eventWithWebcasts(origin);
  const pages = [
    { name: 'upcoming', url: `${origin}/events/upcoming` },
    ...(eventId === null ? [] : [{ name: 'event-detail', url: `${origin}/events/${eventId}` }]),
  ];
  for (const { name, url } of pages) await audit('cold', name, url, []);
  await withPrimedBrowser(pages, async (debugPort) => {
    for (const { name, url } of pages) {
      await audit('warm', name, url, [`--port=${debugPort}`, '--disable-storage-reset']);
    }
  });
} finally {
  await server.close();
}

async function audit(visit, name, url, extraArgs) {
  const reportPath = path.join(reportDir, `${visit}-${name}.report.json`);
  const code = await runLighthouse(url, reportPath, extraArgs);
  if (code !== 0) {
    failed = true;
    rows.push({ visit, page: name, url, error: `lighthouse exited with ${code}` });
    return;
  }
  const report = JSON.parse(await readFile(reportPath, 'utf8'));
  const scores = Object.fromEntries(
    Object.keys(TARGETS).map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
  );
  const belowTarget = Object.entries(scores)
    .filter(([id, score]) => score < TARGETS[id])
    .flatMap(([id]) => failingAudits(report, id));
  rows.push({ visit, page: name, url, ...scores, belowTarget });
}

console.log('\nLighthouse 12 (mobile, simulated throttling) on the production build');
console.table(
  rows.map(({ visit, page, ...rest }) => ({
    visit,
    page,
    performance: rest.performance ?? '–',
    accessibility: rest.accessibility ?? '–',
    'best practices': rest['best-practices'] ?? '–',
    note: rest.error ?? '',
  })),
);
for (const row of rows) {
  for (const line of row.belowTarget ?? []) console.log(`  ${row.visit} ${row.page}: ${line}`);
}
console.log(
  `targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}`,
);
await writeFile(
  path.join(reportDir, 'summary.json'),
  JSON.stringify({ lighthouse: LIGHTHOUSE, targets: TARGETS, pages: rows }, null, 2),
);
process.exit(failed ? 1 : 0);

/** An event with webcasts from the sample API, so the detail audit covers the webcast section. */
async function eventWithWebcasts(base) {
  const response = await fetch(`${base}/sample-api/2.3.0/events/upcoming/?mode=list&limit=100`);
  if (!response.ok) return null;
  const page = await response.json();
  return page.results.find((event) => event.vid_urls.length > 0)?.id ?? page.results[0]?.id ?? null;
}

/**
 * Runs `use(debugPort)` against a Chromium whose profile has visited every page once, online,
 * until the archive was synced and the service worker controlled the page.
 */
async function withPrimedBrowser(pages, use) {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'rendezvous-lighthouse-'));
  const debugPort = await freePort();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath,
    args: [...chromiumArgs, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const page = await context.newPage();
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
