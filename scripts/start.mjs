// `npm start`: build the app and serve it, with the built-in sample server, on one fixed port.
//
// The API the app reads is chosen at build time by VITE_LL2_API_URL (default: production Launch
// Library 2) and can be changed at run time on the Settings page, where the built-in sample
// server (mounted at /sample-api/2.3.0 on the same origin) is one of the choices.
import { spawn, spawnSync } from 'node:child_process';

const port = Number(process.env.PORT ?? 5180);
const host = process.env.HOST ?? '127.0.0.1';

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const preview = spawn(
  'npx',
  ['vite', 'preview', '--host', host, '--port', String(port), '--strictPort'],
  {
    stdio: ['inherit', 'ignore', 'inherit'],
  },
);
// vite preview prints its own banner; ours says which API the build reads.
setTimeout(() => {
  const api = process.env.VITE_LL2_API_URL ?? 'https://ll.thespacedevs.com/2.3.0';
  console.log(
    `\nRendezvous is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
  console.log(`  reading events from ${api} (change it under Settings)`);
  console.log(`  built-in sample API: http://${host}:${port}/sample-api/2.3.0/events/`);
  if (process.env.SAMPLE_API_DATA)
    console.log(`  it replays the recorded LL2 responses in ${process.env.SAMPLE_API_DATA}`);
  console.log('  press Ctrl+C to stop\n');
}, 1500);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
