import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSampleServer, type RunningSampleServer } from '../sample-api/server.ts';
import { calendarUid } from '../src/features/calendar/utils/buildEventCalendar.ts';
import { calendarSpan } from '../src/ui/events/calendarSpan.ts';
import { createManualClock, type ManualClock } from '../src/sync/testing/manualClock.ts';
import { buildSnapshot, ForeignSnapshotError, type SnapshotRunOptions } from './buildSnapshot.ts';
import { SnapshotFilesError } from './snapshotFiles.ts';
import { readFeed, readWholeSnapshot } from './testing/snapshotChecks.ts';

const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const NOW = Date.parse('2026-06-01T12:00:00Z');
const SIZE = 400;
/** Small chunks, so a few hundred events make several and the tests can see which are rewritten. */
const LIMITS = { maxBytes: 300_000, targetBytes: 200_000 };

let server: RunningSampleServer;
let clock: ManualClock;
let dir: string;

async function start(requestLimit: number | null = null) {
  clock = createManualClock(NOW);
  server = await startSampleServer({
    port: 0,
    size: SIZE,
    seed: 11,
    now: NOW,
    clock: () => clock.now(),
    requestLimit,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rendezvous-snapshot-'));
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function run(overrides: Partial<SnapshotRunOptions> = {}) {
  return buildSnapshot({
    apiBaseUrl: server.baseUrl,
    outDir: dir,
    clock,
    limits: LIMITS,
    ...overrides,
  });
}

/** API calls the server answered (the free `/api-throttle/` left out). */
function apiCalls(): string[] {
  return server.api.requestLog
    .filter((entry) => !entry.path.startsWith('/api-throttle'))
    .map((entry) => `${entry.status} ${entry.path}`);
}

async function chunkFiles(): Promise<string[]> {
  return (await readdir(join(dir, 'chunks'))).sort();
}

function latestLastUpdated(): string {
  return server.data
    .events()
    .map((event) => event.last_updated)
    .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

describe('buildSnapshot against the sample server', { timeout: 60_000 }, () => {
  it('mirrors the whole archive on a first run: manifest, hashed chunks, cursor, feeds', async () => {
    await start();
    const report = await run();
    expect(report.status).toBe('complete');
    expect(report.requests).toBe(Math.ceil(SIZE / 100) + 1);
    const { manifest, events } = await readWholeSnapshot(dir);
    expect(manifest.source).toBe(server.baseUrl);
    expect(manifest.complete).toBe(true);
    expect(manifest.cursor).toEqual({ lastUpdatedGte: latestLastUpdated(), offset: 0 });
    expect([...events.keys()].sort((a, b) => a - b)).toEqual(
      server.data.events().map((event) => event.id),
    );
    expect(manifest.chunks.length).toBeGreaterThan(3);
    for (const chunk of manifest.chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(LIMITS.maxBytes);
      expect(chunk.file).toContain(chunk.sha256.slice(0, 16));
    }
    expect(manifest.feeds.map((feed) => feed.file)).toEqual([
      'feeds/upcoming.ics',
      'feeds/dockings.ics',
      'feeds/spacewalks.ics',
    ]);
    expect(manifest.lastReconcileAt).toBe(new Date(NOW).toISOString());
  });

  it('costs one request and rewrites nothing when nothing changed', async () => {
    await start();
    await run();
    const before = await chunkFiles();
    const firstManifest = (await readWholeSnapshot(dir)).manifest;
    server.api.requestLog.length = 0;
    const report = await run();
    expect(apiCalls()).toHaveLength(1);
    expect(report).toMatchObject({ status: 'complete', requests: 1, chunksWritten: 0 });
    expect(await chunkFiles()).toEqual(before);
    expect((await readWholeSnapshot(dir)).manifest.chunks).toEqual(firstManifest.chunks);
  });

  it('rewrites only the chunks of changed events and keeps the previous generation one run', async () => {
    await start();
    await run();
    const first = (await readWholeSnapshot(dir)).manifest;
    const firstFiles = await chunkFiles();
    const [oldest] = server.data.events();
    if (oldest === undefined) throw new Error('no events');
    clock.advance(60_000);
    server.data.edit(oldest.id, { name: 'Renamed by the test' });
    const created = server.data.create({ name: 'Added by the test', typeId: 2 });
    server.api.requestLog.length = 0;

    const report = await run();
    expect(report).toMatchObject({ status: 'complete', requests: 1, changed: 2 });
    const { manifest, events, revisions } = await readWholeSnapshot(dir);
    expect(events.get(oldest.id)?.name).toBe('Renamed by the test');
    expect(events.get(created.id)?.name).toBe('Added by the test');
    expect(revisions.get(oldest.id)).toBe(1);
    expect(manifest.cursor.lastUpdatedGte).toBe(created.last_updated);
    const changed = manifest.chunks.filter(
      (chunk) => !first.chunks.some((old) => old.file === chunk.file),
    );
    expect(changed.map((chunk) => chunk.fromId)).toEqual([
      first.chunks[0]?.fromId,
      first.chunks[first.chunks.length - 1]?.fromId,
    ]);
    expect(report.chunksWritten).toBe(2);
    // The previous generation's files stay for readers still holding the old manifest …
    expect(await chunkFiles()).toEqual(expect.arrayContaining(firstFiles));
    // … until the run after.
    await run();
    const kept = new Set(manifest.chunks.map((chunk) => chunk.file.slice('chunks/'.length)));
    expect(await chunkFiles()).toEqual([...kept].sort());
  });

  it('stops when the budget is spent, publishes a consistent partial snapshot, and resumes', async () => {
    await start(3);
    const first = await run();
    expect(first.status).toBe('budget-exhausted');
    expect(first.requests).toBe(3);
    expect(first.message).toMatch(/run again after \d{4}-\d\d-\d\dT/);
    const partial = await readWholeSnapshot(dir);
    expect(partial.manifest.complete).toBe(false);
    expect(partial.manifest.resumeAfter).not.toBeNull();
    // Everything before the cursor is in (pages overlap at their boundary timestamps); a delta
    // from the cursor brings the rest.
    const cursor = Date.parse(partial.manifest.cursor.lastUpdatedGte ?? '');
    const expected = server.data.events().filter((e) => Date.parse(e.last_updated) < cursor);
    expect(expected.length).toBeGreaterThan(250);
    for (const event of expected) expect(partial.events.has(event.id)).toBe(true);
    const partialCount = partial.events.size;
    expect(partialCount).toBeLessThan(SIZE);

    const again = await run();
    expect(again).toMatchObject({ status: 'budget-exhausted', requests: 0 });
    expect((await readWholeSnapshot(dir)).events.size).toBe(partialCount);

    clock.advance(61 * 60_000);
    const resumed = await run();
    expect(resumed.status).toBe('complete');
    const whole = await readWholeSnapshot(dir);
    expect(whole.manifest.complete).toBe(true);
    expect(whole.manifest.resumeAfter).toBeNull();
    expect(whole.events.size).toBe(SIZE);
  });

  it('removes deleted events when the reconcile is due, confirming each one first', async () => {
    await start();
    await run({ reconcileEveryHours: 1 });
    const [, second] = server.data.events();
    if (second === undefined) throw new Error('no events');
    server.data.remove(second.id);
    clock.advance(30 * 60_000);
    expect((await run({ reconcileEveryHours: 1 })).reconciled).toBe(false);
    expect((await readWholeSnapshot(dir)).events.has(second.id)).toBe(true);
    clock.advance(31 * 60_000);
    const report = await run({ reconcileEveryHours: 1 });
    expect(report).toMatchObject({ reconciled: true, removed: 1 });
    const { manifest, events } = await readWholeSnapshot(dir);
    expect(events.has(second.id)).toBe(false);
    expect(manifest.lastReconcileAt).toBe(new Date(clock.now()).toISOString());
  });

  it('never leaves a half-written snapshot: runs killed at any moment keep a readable manifest', async () => {
    await start();
    await run();
    const [oldest] = server.data.events();
    if (oldest === undefined) throw new Error('no events');
    // Enough changed events that the killed runs spend a while writing chunks.
    for (const event of server.data.events().slice(0, 300)) {
      server.data.edit(event.id, { description: `Changed before a crash (${event.id})` });
    }
    for (const delayMs of [1500, 2500, 3500, 4500]) {
      const child = spawn(process.execPath, [TSX, CLI, '--api', server.baseUrl, '--out', dir], {
        stdio: 'ignore',
      });
      // Listen from the start: a run that ends before the kill has already emitted 'exit'.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      await exited;
      // Whatever the moment, the manifest and every file it names are whole.
      await readWholeSnapshot(dir);
    }
    await run();
    const { events } = await readWholeSnapshot(dir);
    expect(events.get(oldest.id)?.description).toBe(`Changed before a crash (${oldest.id})`);
    expect((await readdir(join(dir, 'chunks'))).some((name) => name.includes('.tmp-'))).toBe(false);
  }, 240_000);

  it('refuses a chunk whose bytes do not match the manifest, and --rebuild starts over', async () => {
    await start();
    await run();
    const { manifest } = await readWholeSnapshot(dir);
    const last = manifest.chunks[manifest.chunks.length - 1];
    if (last === undefined) throw new Error('no chunks');
    const path = join(dir, last.file);
    await writeFile(path, (await readFile(path, 'utf8')).replace('"name":"', '"name":"X'));
    server.data.create({ name: 'Lands in the damaged chunk', typeId: 2 });
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    await expect(run()).rejects.toThrow(SnapshotFilesError);
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    const rebuilt = await run({ rebuild: true });
    expect(rebuilt.status).toBe('complete');
    expect((await readWholeSnapshot(dir)).events.size).toBe(SIZE + 1);
  });

  it('refuses to mix sources in one folder', async () => {
    await start();
    await run();
    const other = server.baseUrl.replace('127.0.0.1', 'localhost');
    await expect(run({ apiBaseUrl: other })).rejects.toThrow(ForeignSnapshotError);
  });
});

describe('calendar feeds of the snapshot', { timeout: 60_000 }, () => {
  it('hold the upcoming dockings with stable UIDs, and a VALARM before every exact time', async () => {
    await start();
    await run({ alarmMinutesBefore: 15 });
    const dockings = await readFeed(dir, 'feeds/dockings.ics');
    const weekAgo = NOW - 7 * 24 * 3_600_000;
    const expected = server.data
      .events()
      .filter((event) => [2, 4].includes(event.type.id))
      .filter((event) => event.date !== null && Date.parse(event.date) >= weekAgo);
    expect(expected.some((event) => Date.parse(event.date ?? '') > NOW)).toBe(true);
    expect(dockings.map((entry) => entry.uid).sort()).toEqual(
      expected.map((event) => calendarUid(event.id, server.baseUrl)).sort(),
    );
    const upcoming = await readFeed(dir, 'feeds/upcoming.ics');
    let exact = 0;
    for (const entry of upcoming) {
      const event = server.data
        .events()
        .find((e) => calendarUid(e.id, server.baseUrl) === entry.uid);
      if (event?.date == null) throw new Error(`feed entry ${entry.uid} is not an event`);
      const span = calendarSpan(Date.parse(event.date), event.date_precision?.id ?? null);
      if (span.kind === 'timed' && span.exact) {
        exact += 1;
        expect(entry.triggers).toEqual(['-PT15M']);
        expect(entry.status).toBe('CONFIRMED');
      } else {
        expect(entry.triggers).toEqual([]);
        expect(entry.status).toBe('TENTATIVE');
        if (span.kind === 'all-day') expect(entry.isDate).toBe(true);
        if (span.kind === 'floating') expect(entry.floating).toBe(true);
      }
    }
    expect(exact).toBeGreaterThan(0);
    expect(upcoming.some((entry) => entry.isDate)).toBe(true);
    const spacewalks = await readFeed(dir, 'feeds/spacewalks.ics');
    const evaUids = new Set(
      server.data
        .events()
        .filter((event) => event.type.id === 3)
        .map((event) => calendarUid(event.id, server.baseUrl)),
    );
    expect(spacewalks.length).toBeGreaterThan(0);
    expect(spacewalks.every((entry) => evaUids.has(entry.uid))).toBe(true);
  });

  it('raises SEQUENCE when an event in a feed changes, keeping its UID', async () => {
    await start();
    await run();
    const [entry] = await readFeed(dir, 'feeds/dockings.ics');
    if (entry === undefined) throw new Error('no docking in the feed');
    const id = Number(entry.uid.split('@')[0]);
    const event = server.data.get(id);
    if (event?.date == null) throw new Error('no such event');
    clock.advance(60_000);
    server.data.edit(id, { date: new Date(Date.parse(event.date) + 3_600_000).toISOString() });
    await run();
    const after = (await readFeed(dir, 'feeds/dockings.ics')).find((e) => e.uid === entry.uid);
    expect(after?.sequence).toBe(entry.sequence + 1);
  });
});
