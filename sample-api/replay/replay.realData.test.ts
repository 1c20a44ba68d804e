import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSchemaByMode, type EventMode } from '../../src/api/schemas.ts';
import { formatIssuePath } from '../../src/api/validation.ts';
import { ll2DataDir, ll2DataFile, locateLl2Data } from '../../src/testing/ll2Data.ts';
import { startSampleServer, type RunningSampleServer } from '../server.ts';
import { storedFromV220 } from './fromV220.ts';
import { loadRecorded, type RecordedData } from './loadRecorded.ts';

/*
 * Replays the real LL2 responses (outside the repository: LL2_DATA_DIR, default ../shared/ll2-data)
 * through the real sample server over HTTP, and reads every answer with the app's own schemas.
 */
const V220_FILE = 'mboyakanni-launchschedule_previousevents_2.2.0_detailed.json';
const V230_DETAILED_FILE = 'TiloHeidasch-launchschedule_previousevents_2.3.0_detailed.json';
const { present, skipNote } = locateLl2Data([V220_FILE, V230_DETAILED_FILE]);

type Page = { count: number; next: string | null; results: Record<string, unknown>[] };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as T;
}

async function walk(
  firstUrl: string,
): Promise<{ count: number; results: Record<string, unknown>[] }> {
  const results: Record<string, unknown>[] = [];
  let url: string | null = firstUrl;
  let count = -1;
  while (url) {
    const page: Page = await getJson<Page>(url);
    count = page.count;
    results.push(...page.results);
    url = page.next;
  }
  return { count, results };
}

describe.skipIf(!present)(`replay of the real LL2 data${skipNote}`, () => {
  let replay: RecordedData;
  let server: RunningSampleServer;
  beforeAll(async () => {
    replay = loadRecorded(ll2DataDir);
    server = await startSampleServer({ port: 0, events: replay.events });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves every distinct recorded event once, richest record first', () => {
    const { summary } = replay;
    // SOURCES.md: 685 records, 555 distinct ids, 167 of them in 2.3.0 shape.
    expect(summary.records).toBe(685);
    expect(summary.served).toBe(555);
    expect(summary.skipped).toEqual([]);
    expect(summary.bySource['v230-detailed'] + summary.bySource['v230-normal']).toBe(167);
    expect(summary.bySource['v230-detailed']).toBe(23);
    expect(summary.bySource['v220-detailed']).toBe(555 - 167);
  });

  for (const mode of ['detailed', 'normal', 'list'] as const satisfies readonly EventMode[]) {
    it(`every replayed event passes the app's ${mode} schema over HTTP`, async () => {
      const { count, results } = await walk(`${server.baseUrl}/events/?mode=${mode}&limit=100`);
      expect(count).toBe(555);
      expect(results).toHaveLength(555);
      const failures = results.flatMap((record) => {
        const parsed = eventSchemaByMode[mode].safeParse(record);
        return parsed.success
          ? []
          : parsed.error.issues.map(
              (issue) =>
                `event ${String(record.id)}: ${formatIssuePath(issue.path)} ${issue.message}`,
            );
      });
      expect(failures).toEqual([]);
    });
  }

  it('keeps the real order of /previous/ (the 2.2.0 file is in descending date order)', async () => {
    const recorded = JSON.parse(readFileSync(ll2DataFile(V220_FILE), 'utf8')) as { id: number }[];
    const { results } = await walk(`${server.baseUrl}/events/previous/?mode=list&limit=100`);
    const servedIds = results.map((record) => record.id as number);
    const recordedIds = new Set(recorded.map((record) => record.id));
    // The file's events keep their relative order among everything served.
    expect(servedIds.filter((id) => recordedIds.has(id))).toEqual(
      recorded.map((record) => record.id),
    );
  });

  it('filters real events as the server filters generated ones', async () => {
    const spacewalks = await getJson<Page>(`${server.baseUrl}/events/?type=3&limit=100&mode=list`);
    expect(spacewalks.count).toBeGreaterThan(10);
    expect(spacewalks.results.every((record) => (record.type as { id: number }).id === 3)).toBe(
      true,
    );
    const soyuz = await getJson<Page>(`${server.baseUrl}/events/?search=soyuz%20ms-26&mode=list`);
    expect(soyuz.results.map((record) => record.id)).toEqual(expect.arrayContaining([1189, 1192]));
    const one = await getJson<Record<string, unknown>>(`${server.baseUrl}/events/1189/`);
    expect(one.response_mode).toBe('detailed');
  });

  it('converts 2.2.0 records to what LL2 itself says in 2.3.0 for the same event', () => {
    // 21 events are in both the 2.2.0 file and the 2.3.0 detailed file: compare what both carry.
    const v220 = JSON.parse(readFileSync(ll2DataFile(V220_FILE), 'utf8')) as { id: number }[];
    const v230 = JSON.parse(readFileSync(ll2DataFile(V230_DETAILED_FILE), 'utf8')) as Record<
      string,
      unknown
    >[];
    const pairs = v230.flatMap((real) => {
      const old = v220.find((record) => record.id === real.id);
      return old ? [{ real, converted: storedFromV220(old) }] : [];
    });
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    for (const { real, converted } of pairs) {
      const label = `event ${String(real.id)}`;
      expect(converted.name, label).toBe(real.name);
      expect(converted.slug, label).toBe(real.slug);
      expect(converted.date, label).toBe(real.date);
      expect(converted.type, label).toEqual(real.type);
      expect(converted.location, label).toBe(real.location);
      expect(
        converted.launches.map((launch) => launch.id),
        label,
      ).toEqual((real.launches as { id: string }[]).map((launch) => launch.id));
      expect(
        converted.program.map((program) => program.id),
        label,
      ).toEqual((real.program as { id: number }[]).map((program) => program.id));
      expect(
        converted.expeditions.map((expedition) => expedition.spacestation.name),
        label,
      ).toEqual(
        (real.expeditions as { spacestation: { name: string } }[]).map(
          (expedition) => expedition.spacestation.name,
        ),
      );
    }
  });
});
