import { spawn } from 'node:child_process';
import { E2E_SAMPLE_API_PORT } from '../playwright.config.ts';

export interface AppBuildOptions {
  /** Where the build goes (emptied first). */
  outDir: string;
  /** `vite build --base`: `/` (the default) or a sub-path such as `/rendezvous/`. */
  base?: string;
  /** `VITE_SNAPSHOT_URL`; the shared e2e build (playwright.config.ts) has none. */
  snapshotUrl?: string;
}

/**
 * A production build pointed at the e2e sample server, like the shared one playwright.config.ts
 * previews, for what that one cannot be: a build with a snapshot beside it, or under a sub-path.
 */
export function buildApp(options: AppBuildOptions): Promise<void> {
  const args = ['vite', 'build', '--outDir', options.outDir, '--emptyOutDir'];
  if (options.base !== undefined) args.push('--base', options.base);
  return new Promise((resolve, reject) => {
    const build = spawn('npx', args, {
      env: {
        ...process.env,
        VITE_LL2_API_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/2.3.0`,
        VITE_SNAPI_URL: `http://127.0.0.1:${E2E_SAMPLE_API_PORT}/snapi/v4`,
        VITE_SNAPSHOT_URL: options.snapshotUrl ?? '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    build.stderr.on('data', (text: Buffer) => (errors += text.toString()));
    build.on('error', reject);
    build.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited ${code}: ${errors}`));
    });
  });
}

const builds = new Map<string, Promise<void>>();

/** `buildApp` once per test run and out dir: the tests of a spec share one build. */
export function buildAppOnce(options: AppBuildOptions): Promise<void> {
  let build = builds.get(options.outDir);
  if (build === undefined) {
    build = buildApp(options);
    builds.set(options.outDir, build);
  }
  return build;
}
