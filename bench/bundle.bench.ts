/**
 * The list route's initial JavaScript: what a first visit to /events/upcoming must download and
 * run before the list can render — the entry script plus every chunk index.html preloads (its
 * static imports). Chunks loaded later (the sync worker after first render, the detail, settings,
 * watchlist and calendar code on demand) are listed separately. Budget: ≤ 150 kB gzip.
 *
 * `npx tsx bench/bundle.bench.ts` — builds into a temporary folder; writes bench/results/bundle.json.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { root, writeBenchResult } from './benchSupport.ts';

const BUDGET_GZIP_KB = 150;
const outDir = mkdtempSync(path.join(os.tmpdir(), 'rendezvous-bundle-'));

try {
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script type="module"[^>]*src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const sizeOf = (file: string) => {
    const bytes = readFileSync(path.join(outDir, file));
    return { file, kB: bytes.length / 1000, gzipKB: gzipSync(bytes, { level: 9 }).length / 1000 };
  };
  const initialChunks = initial.map(sizeOf);
  const later = readdirSync(path.join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js') && !initial.includes(`assets/${file}`))
    .map((file) => sizeOf(`assets/${file}`))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const css = readdirSync(path.join(outDir, 'assets'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => sizeOf(`assets/${file}`));
  const initialGzipKB = initialChunks.reduce((sum, chunk) => sum + chunk.gzipKB, 0);

  const row = (c: { file: string; kB: number; gzipKB: number }) =>
    `  ${c.gzipKB.toFixed(1).padStart(7)} kB gzip  ${c.kB.toFixed(1).padStart(7)} kB  ${c.file}`;
  console.log('Initial JavaScript of the list route (entry + preloaded chunks):');
  initialChunks.forEach((chunk) => {
    console.log(row(chunk));
  });
  console.log(
    `  ${initialGzipKB.toFixed(1).padStart(7)} kB gzip in all — budget ${BUDGET_GZIP_KB} kB: ${initialGzipKB <= BUDGET_GZIP_KB ? 'within' : 'OVER'}`,
  );
  console.log('\nLoaded later (after first render or on demand):');
  later.forEach((chunk) => {
    console.log(row(chunk));
  });
  console.log('\nCSS:');
  css.forEach((chunk) => {
    console.log(row(chunk));
  });

  writeBenchResult('bundle', {
    budgetGzipKB: BUDGET_GZIP_KB,
    initialGzipKB: Number(initialGzipKB.toFixed(1)),
    withinBudget: initialGzipKB <= BUDGET_GZIP_KB,
    initialChunks,
    later,
    css,
  });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
