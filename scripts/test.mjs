// `npm test`: every check the project has, one summary line at the end.
//
// Runs type check, lint, formatting, unit tests (Vitest) and end-to-end tests (Playwright in
// Chromium), then prints `N passed, N failed, N skipped` summed over every runner. The static
// checks count as one test each. Exits non-zero on any failure or when nothing ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, howToGetChromium } from './chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('reports', { recursive: true });

function run(command, args, env = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  if (run(command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

check('type check', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('formatting', 'npx', ['prettier', '--check', '.']);

// Unit tests.
rmSync('reports/vitest.json', { force: true });
const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
const unit = readJson('reports/vitest.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  if (!unitOk && unit.numFailedTests === 0) totals.failed += 1;
} else {
  totals.failed += 1;
}
if (!unitOk) failures.push('unit tests');

// End-to-end tests, in a real Chromium.
if (!findChromium() && !process.env.PLAYWRIGHT_BROWSERS_PATH) {
  console.error(`\n✖ End-to-end tests cannot run. ${howToGetChromium}`);
  totals.failed += 1;
  failures.push('end-to-end tests (no Chromium)');
} else {
  rmSync('reports/playwright.json', { force: true });
  const e2eOk = run('npx', ['playwright', 'test']);
  const e2e = readJson('reports/playwright.json');
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
  }
  if (!e2eOk) failures.push('end-to-end tests');
}

const ran = totals.passed + totals.failed;
if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
if (ran === 0) console.log('\nNothing ran.');
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length === 0 && ran > 0 ? 0 : 1);
