/**
 * What the benchmarks share: the repository root, the system Chromium, bundling a page of the
 * app's own modules, statistics and the results folder. Not a benchmark itself (no `.bench.ts`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { chromiumArgs, findChromium, howToGetChromium } from '../scripts/chromium.mjs';
import { formatCountOf } from '../src/lib/formatCount.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** An absolute import specifier of a module under src/, for generated page entries. */
export const srcModule = (file: string) => JSON.stringify(path.join(root, 'src', file));

/** A whole-number `--name N` command-line option, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Headless system Chromium with the project's flags; exits with instructions when there is none. */
export async function launchBenchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(howToGetChromium);
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** The whole app built for production and served by `vite preview` on a free port. */
export interface ServedApp {
  url: string;
  /** How long `vite build` took. */
  buildMs: number;
  /** Stops the server and removes the build. */
  close: () => Promise<void>;
}

/**
 * Builds the app for production pointed at `apiUrl` (as the e2e build chooses its source) into a
 * temporary folder named after `name`, and serves it; `minify: false` for readable CPU profiles.
 */
export async function serveProductionApp(
  name: string,
  apiUrl: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<ServedApp> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `rendezvous-${name}-`));
  const configFile = path.join(root, 'vite.config.ts');
  process.env.VITE_LL2_API_URL = apiUrl;
  const buildStarted = Date.now();
  await build({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, minify },
  });
  const buildMs = Date.now() - buildStarted;
  const app = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = app.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('The preview server did not say where it listens.');
  return {
    url,
    buildMs,
    close: async () => {
      await new Promise<void>((resolve) => {
        app.httpServer.close(() => {
          resolve();
        });
      });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Bundles `entry` (an ES module's source that imports the app's modules) into one minified IIFE,
 * to be inlined into a page the benchmark serves itself.
 */
export async function bundleBenchPage(
  name: string,
  entry: string,
  options: { plugins?: PluginOption[]; define?: Record<string, string> } = {},
): Promise<string> {
  const entryId = `\0${name}-entry.js`;
  const entryPlugin: Plugin = {
    name: `${name}-entry`,
    enforce: 'pre',
    // Vite resolves a lib entry against the root first.
    resolveId: (id) => (id.endsWith(`${name}-entry`) ? entryId : null),
    load: (id) => (id === entryId ? entry : null),
  };
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [...(options.plugins ?? []), entryPlugin],
    ...(options.define ? { define: options.define } : {}),
    build: {
      write: false,
      minify: true,
      lib: { entry: `${name}-entry`, formats: ['iife'], name: name.replace(/\W/g, '_') },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('The benchmark page did not build.');
  return chunk.code;
}

/** An HTML page that runs `code` inline (benchmark pages have no CSP). */
export const inlinePage = (code: string, body = '') =>
  `<!doctype html><html><body>${body}<script>${code.replaceAll('</script', '<\\/script')}</script></body></html>`;

/** The value at percentile `p` (0–100) of ascending `sorted` values. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Writes bench/results/<name>.json (pretty, newline-terminated) and returns its relative path. */
export function writeBenchResult(name: string, data: unknown): string {
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  const relative = path.join('bench', 'results', `${name}.json`);
  writeFileSync(path.join(root, relative), `${JSON.stringify(data, null, 2)}\n`);
  return relative;
}

/** The list's count text, as EventListPage's eventCountText writes it (that module imports React). */
export const eventCountText = (count: number) => formatCountOf(count, 'event', 'events');

/**
 * Waits until the list's count reads `expected` and a row links to an event; returns the page's
 * `performance.now()` then (milliseconds since navigation).
 */
export async function waitForListShown(
  page: Page,
  expected: string,
  timeout: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    (text) => {
      const count = [...document.querySelectorAll('p[role="status"]')].some(
        (p) => p.textContent === text,
      );
      const row = document.querySelector('main li a[href^="/events/"]');
      return count && row ? performance.now() : null;
    },
    expected,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the header's sync status says "Up to date" (a sync has finished). */
export async function waitUntilUpToDate(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[role="status"]')].some((element) =>
        element.textContent.startsWith('Up to date'),
      ),
    undefined,
    { timeout, polling: 250 },
  );
}
