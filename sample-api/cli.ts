import { parseArgs } from 'node:util';
import { replayedEvents, type ReplayedEvents } from './replay/replaySource.ts';
import { ReplaySourceError } from './replay/loadRecorded.ts';
import { startSampleServer } from './server.ts';

/**
 * `npm run sample-api -- --port 4010 --size 1100 [--seed N] [--now ISO] [--hostile] [--request-limit 15] [--request-window 3600] [--token T]…`
 * or, replaying recorded LL2 responses: `npm run sample-api -- --data <file or folder> [--scale N]`.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'base-path': { type: 'string', default: '/2.3.0' },
    size: { type: 'string', default: '1100' },
    seed: { type: 'string' },
    now: { type: 'string' },
    hostile: { type: 'boolean', default: false },
    'request-limit': { type: 'string' },
    'request-window': { type: 'string' },
    token: { type: 'string', multiple: true },
    data: { type: 'string', default: process.env.SAMPLE_API_DATA },
    scale: { type: 'string', default: process.env.SAMPLE_API_SCALE },
  },
});

function whole(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const now = values.now === undefined ? undefined : Date.parse(values.now);
if (now !== undefined && Number.isNaN(now)) {
  console.error(`--now must be an ISO date/time, got "${values.now ?? ''}"`);
  process.exit(2);
}

if (values.scale !== undefined && values.data === undefined) {
  console.error('--scale needs --data: the recorded data to repeat');
  process.exit(2);
}
let replay: ReplayedEvents | null = null;
if (values.data !== undefined) {
  try {
    replay = replayedEvents({ data: values.data, scale: whole('scale', values.scale) });
  } catch (error) {
    if (!(error instanceof ReplaySourceError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  for (const skipped of replay.summary.skipped)
    console.warn(`skipped ${skipped.file}[${skipped.index}]: ${skipped.reason}`);
}

const server = await startSampleServer({
  port: whole('port', values.port),
  host: values.host,
  basePath: values['base-path'],
  size: whole('size', values.size),
  seed: whole('seed', values.seed),
  now,
  hostile: values.hostile,
  requestLimit: whole('request-limit', values['request-limit']) ?? null,
  requestWindowSeconds: whole('request-window', values['request-window']) || undefined,
  tokens: values.token,
  ...(replay ? { events: replay.events } : {}),
});
console.log(
  replay
    ? `Sample LL2 API replaying ${replay.description} at ${server.baseUrl}/`
    : `Sample LL2 API (${server.data.events().length} events) at ${server.baseUrl}/`,
);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
