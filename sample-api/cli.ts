import { parseArgs } from 'node:util';
import { startSampleServer } from './server.ts';

/** `npm run sample-api -- --port 4010 --size 1100 [--seed N] [--now ISO] [--hostile] [--request-limit 15] [--request-window 3600] [--token T]…` */
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
});
console.log(`Sample LL2 API (${server.data.events().length} events) at ${server.baseUrl}/`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
