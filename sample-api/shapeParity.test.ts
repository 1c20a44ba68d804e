import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ll2DataFile, locateLl2Data } from '../src/testing/ll2Data.ts';
import { startSampleServer, type RunningSampleServer } from './server.ts';

/**
 * Compares the sample server's answers with real LL2 2.3.0 responses, field by field. The real
 * responses live outside the repository (LL2_DATA_DIR, default ../shared/ll2-data beside it).
 */
const DETAILED_SAMPLE = 'TiloHeidasch-launchschedule_previousevents_2.3.0_detailed.json';
const NORMAL_SAMPLE = 'andreprotonmaster-asdasdasd_ll2-events_2.3.0.json';
const DETAILED_FILE = ll2DataFile(DETAILED_SAMPLE);
const NORMAL_FILE = ll2DataFile(NORMAL_SAMPLE);
const { present, skipNote } = locateLl2Data([DETAILED_SAMPLE, NORMAL_SAMPLE]);

/** Every key path in a value, arrays collapsed to `[]`, e.g. `vid_urls[].language.code`. */
function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${prefix}[]`, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = prefix ? `${prefix}.${key}` : key;
      into.add(childPath);
      keyPaths(child, childPath, into);
    }
  }
  return into;
}

function pathsOf(events: unknown[]): Set<string> {
  const paths = new Set<string>();
  for (const event of events) keyPaths(event, '', paths);
  return paths;
}

function readEvents(file: string): unknown[] {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown[];
}

let server: RunningSampleServer;
beforeAll(async () => {
  server = await startSampleServer({ size: 1100, now: Date.parse('2026-04-01T00:00:00Z') });
});
afterAll(async () => {
  await server.close();
});

async function ours(mode: 'normal' | 'detailed'): Promise<Set<string>> {
  const paths = new Set<string>();
  for (let offset = 0; offset < 1100; offset += 100) {
    const page = (await (
      await fetch(`${server.baseUrl}/events/?mode=${mode}&limit=100&offset=${offset}`)
    ).json()) as { results: unknown[] };
    for (const path of pathsOf(page.results)) paths.add(path);
  }
  return paths;
}

describe.skipIf(!present)(`shape parity with real LL2 2.3.0 responses${skipNote}`, () => {
  it('detailed mode has every field of the real API and none it lacks (astronauts follow its schema)', async () => {
    const real = pathsOf(readEvents(DETAILED_FILE));
    const mine = await ours('detailed');
    expect([...mine].filter((p) => !real.has(p) && !p.startsWith('astronauts[]'))).toEqual([]);
    expect([...real].filter((p) => !mine.has(p))).toEqual([]);
  });

  it('normal mode has exactly the real top-level keys and no unknown nested field', async () => {
    const real = pathsOf(readEvents(NORMAL_FILE));
    const mine = await ours('normal');
    expect([...mine].filter((p) => !real.has(p))).toEqual([]);
  });
});
