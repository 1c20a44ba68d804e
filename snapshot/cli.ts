import { parseArgs } from 'node:util';
import { ApiError } from '../src/api/errors.ts';
import {
  buildSnapshot,
  DEFAULT_ALARM_MINUTES,
  DEFAULT_RECONCILE_EVERY_HOURS,
  ForeignSnapshotError,
  plural,
} from './buildSnapshot.ts';
import { SnapshotFilesError } from './snapshotFiles.ts';
import { SNAPSHOT_EXIT } from './exitCodes.ts';

const USAGE = `Usage: npm run snapshot -- --api <LL2 base URL> --out <dir> [options]

  --api <url>            the Launch Library 2 base URL, e.g. https://ll.thespacedevs.com/2.3.0
  --out <dir>            the snapshot folder (read for the previous run, written in place)
  --token <key>          an LL2 API key (or set LL2_API_TOKEN)
  --app-url <url>        where the app is published, for the feeds' links back to events
  --alarm-minutes <n>    VALARM lead time of the feeds' exact events (default ${DEFAULT_ALARM_MINUTES})
  --reconcile-hours <n>  look for removed events at most this often (default ${DEFAULT_RECONCILE_EVERY_HOURS})
  --rebuild              ignore the snapshot in --out and walk the whole archive again

Exit codes: 0 up to date; ${SNAPSHOT_EXIT.stoppedByBudget} stopped by the request budget (a consistent
snapshot was written; run again after the time printed); 1 failed; 2 wrong usage or wrong folder.`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        api: { type: 'string' },
        out: { type: 'string' },
        token: { type: 'string' },
        'app-url': { type: 'string' },
        'alarm-minutes': { type: 'string' },
        'reconcile-hours': { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, SNAPSHOT_EXIT.usage);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.api === undefined || values.out === undefined) {
  fail(`--api and --out are both needed.\n\n${USAGE}`, SNAPSHOT_EXIT.usage);
}

function number(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    fail(`--${name} must be a number of at least ${min}, got "${raw}".`, SNAPSHOT_EXIT.usage);
  }
  return value;
}

function appUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError();
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return fail(`--app-url must be an absolute http(s) URL, got "${raw}".`, SNAPSHOT_EXIT.usage);
  }
}

const started = performance.now();
try {
  const alarmMinutes = number('alarm-minutes', values['alarm-minutes'], 0);
  const reconcileHours = number('reconcile-hours', values['reconcile-hours'], 0.01);
  const report = await buildSnapshot({
    apiBaseUrl: values.api,
    outDir: values.out,
    token: values.token ?? process.env.LL2_API_TOKEN ?? null,
    appUrl: appUrl(values['app-url']),
    rebuild: values.rebuild,
    ...(alarmMinutes === undefined ? {} : { alarmMinutesBefore: alarmMinutes }),
    ...(reconcileHours === undefined ? {} : { reconcileEveryHours: reconcileHours }),
    log: (line) => {
      console.log(line);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${report.message} ${plural(report.requests, 'API request')}, ${seconds} s.`);
  process.exit(
    report.status === 'complete'
      ? 0
      : report.status === 'failed'
        ? 1
        : SNAPSHOT_EXIT.stoppedByBudget,
  );
} catch (error) {
  if (error instanceof ForeignSnapshotError || error instanceof TypeError) {
    fail(error.message, SNAPSHOT_EXIT.usage);
  }
  if (error instanceof SnapshotFilesError) {
    fail(`${error.message} Run again with --rebuild to start the snapshot over.`, 1);
  }
  if (error instanceof ApiError) fail(error.message, 1);
  throw error;
}
