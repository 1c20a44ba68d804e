// `npm run bench [name…] [--data real]`: run the benchmarks in bench/*.bench.ts one after another (never in
// parallel: they measure the machine). Each prints its own table and writes bench/results/<name>.json.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// Names pick benchmarks; `--data generated|real` (and any other `--option value`) goes to each.
const args = process.argv.slice(2);
const wanted = [];
const passOn = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index] ?? '';
  if (arg.startsWith('--')) {
    passOn.push(arg);
    const value = args[index + 1];
    if (value !== undefined && !value.startsWith('--')) {
      passOn.push(value);
      index += 1;
    }
  } else wanted.push(arg);
}
const benches = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (benches.length === 0) {
  console.error(
    wanted.length ? `No benchmark named ${wanted.join(', ')}.` : 'No benchmarks in bench/.',
  );
  process.exit(1);
}
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npx', ['tsx', `bench/${name}.bench.ts`, ...passOn], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
