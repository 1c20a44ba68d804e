import { ll2DataDir, locateLl2Data } from '../src/testing/ll2Data.ts';
import { replayedEvents } from '../sample-api/replay/replaySource.ts';
import type { SampleApiOptions } from '../sample-api/server.ts';
import type { StoredEvent } from '../sample-api/types.ts';

/**
 * The data a benchmark runs over: `--data generated` (the default: the sample server's generator)
 * or `--data real`: the recorded LL2 responses beside the repository (LL2_DATA_DIR, default
 * ../shared/ll2-data), repeated to the asked size with new ids and dates moved back by whole weeks
 * (sample-api/replay/scaleRecorded.ts), stale `webcast_live` flags and all.
 */
export type BenchDataName = 'generated' | 'real';

export function benchDataName(): BenchDataName {
  const index = process.argv.indexOf('--data');
  const value = index === -1 ? 'generated' : process.argv[index + 1];
  if (value === 'generated' || value === 'real') return value;
  console.error(`--data must be "generated" or "real", got "${String(value)}".`);
  process.exit(2);
}

/** Real-shaped events for `--data real`; exits with a sentence when the recordings are absent. */
export function realShapedEvents(count: number): StoredEvent[] {
  const { present, skipNote } = locateLl2Data();
  if (!present) {
    console.error(`--data real needs the recorded LL2 responses${skipNote}`);
    process.exit(2);
  }
  return replayedEvents({ data: ll2DataDir, scale: count }).events;
}

/** The recorded events themselves (~555), unscaled; exits with a sentence when they are absent. */
export function recordedEvents(): StoredEvent[] {
  const { present, skipNote } = locateLl2Data();
  if (!present) {
    console.error(`--data real needs the recorded LL2 responses${skipNote}`);
    process.exit(2);
  }
  return replayedEvents({ data: ll2DataDir }).events;
}

/** The sample server's options for `count` events of the chosen data set. */
export function sampleServerData(data: BenchDataName, count: number): SampleApiOptions {
  return data === 'real' ? { events: realShapedEvents(count) } : { size: count };
}

/** The results file name: `<bench>` for generated data, `<bench>-real` for real-shaped data. */
export const resultName = (bench: string, data: BenchDataName) =>
  data === 'real' ? `${bench}-real` : bench;
