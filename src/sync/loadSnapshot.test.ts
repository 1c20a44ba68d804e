import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotReader } from '../api/snapshotReader.ts';
import { SourceDatabase } from '../db/sourceDatabase.ts';
import { readSyncProgress } from '../db/syncStateStore.ts';
import type { SyncContext } from './runSync.ts';
import { SNAPSHOT_MAX_AGE_MS } from './loadSnapshot.ts';
import { answeredRequests } from './testing/sampleServer.ts';
import {
  SYNC_TEST_START,
  sampleServerPerTest,
  syncUnmetered,
} from './testing/sampleSyncHarness.ts';
import { publishTestSnapshot, type TestSnapshot } from './testing/testSnapshot.ts';

const SIZE = 340;
/** Small chunks, so the archive makes several and the order and resumption can be seen. */
const LIMITS = { maxBytes: 300_000, targetBytes: 200_000 };

const sample = sampleServerPerTest({ size: SIZE, randomValues: [0.25, 0.75] });
let snapshot: TestSnapshot;
let databases: SourceDatabase[];

beforeEach(async () => {
  databases = [];
  snapshot = await publishTestSnapshot({
    apiBaseUrl: sample.server.baseUrl,
    clock: sample.clock,
    limits: LIMITS,
  });
  // What building the snapshot asked of the API is not the app's.
  sample.server.api.requestLog.length = 0;
});

afterEach(async () => {
  for (const db of databases) await db.delete();
  await snapshot.close();
});

function openDb(): SourceDatabase {
  const db = new SourceDatabase(sample.server.baseUrl);
  databases.push(db);
  return db;
}

function syncFromSnapshot(db: SourceDatabase, overrides: Partial<SyncContext> = {}) {
  return syncUnmetered(sample, db, {
    snapshot: createSnapshotReader({ folderUrl: snapshot.folderUrl, timeoutMs: 5_000 }),
    ...overrides,
  });
}

async function storedIndex(db: SourceDatabase) {
  const events = await db.events.toArray();
  return events.map((event) => `${event.id}@${event.last_updated}@${event.name}`).sort();
}

function serverIndex() {
  return sample.server.data
    .events()
    .map((event) => `${event.id}@${event.last_updated}@${event.name}`)
    .sort();
}

function chunkRequests(): string[] {
  return snapshot.requestLog
    .filter((entry) => entry.path.startsWith('/chunks/'))
    .map((e) => e.path);
}

/** After a snapshot was refused: the ordinary first run, from the first paint on. */
async function expectApiWalk(db: SourceDatabase, outcome: { requests: number; status: string }) {
  expect(outcome.status).toBe('up-to-date');
  const requests = answeredRequests(sample.server);
  expect(requests[0]).toMatch(/^200 \/events\/upcoming\//);
  expect(outcome.requests).toBeGreaterThan(Math.ceil(SIZE / 100));
  expect(await storedIndex(db)).toEqual(serverIndex());
  const state = await readSyncProgress(db);
  expect(state.archiveSource ?? null).toBeNull();
  expect(state.snapshotLoad ?? null).toBeNull();
  return state.snapshotNote?.message ?? '';
}

describe('a first run from the published snapshot, over HTTP', { timeout: 60_000 }, () => {
  it('costs no API request for the archive and one for the delta, and ends equal to the API', async () => {
    const manifest = await snapshot.readManifest();
    expect(manifest.chunks.length).toBeGreaterThan(3);
    // Changed at the API after the snapshot was published: the delta must bring it.
    const [first] = sample.server.data.events();
    if (first === undefined) throw new Error('no events');
    sample.clock.advance(60_000);
    sample.server.data.edit(first.id, { name: 'Renamed after the snapshot' });

    const db = openDb();
    const outcome = await syncFromSnapshot(db);

    expect(outcome.status).toBe('up-to-date');
    expect(outcome.requests).toBe(1);
    const requests = answeredRequests(sample.server);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain(
      `last_updated__gte=${encodeURIComponent(manifest.cursor.lastUpdatedGte ?? '')}`,
    );
    expect(await storedIndex(db)).toEqual(serverIndex());
    expect(await db.eventSummaries.count()).toBe(SIZE);
    expect(chunkRequests()).toHaveLength(manifest.chunks.length);
    const state = await readSyncProgress(db);
    expect(state.archiveSource).toEqual({
      kind: 'snapshot',
      generatedAt: manifest.generatedAt,
      events: SIZE,
      loadedAt: SYNC_TEST_START + 60_000,
    });
    expect(state.fullSyncCompletedAt).toBe(SYNC_TEST_START + 60_000);
    expect(state.snapshotNote ?? null).toBeNull();
    expect(state.lastReconcileAt).toBe(Date.parse(manifest.lastReconcileAt ?? ''));
    // The snapshot's events are the archive, not news; what changed since it was made is.
    const changes = await db.eventChanges.toArray();
    expect(changes.map((change) => change.eventId)).toEqual([first.id]);

    // Not a first run any more: the next sync is a delta only, without the snapshot.
    snapshot.requestLog.length = 0;
    sample.server.api.requestLog.length = 0;
    expect((await syncFromSnapshot(db)).requests).toBe(1);
    expect(snapshot.requestLog).toEqual([]);
  });

  it('stores the chunks with upcoming events first, so the upcoming list paints from the first', async () => {
    const db = openDb();
    const upcomingAtFirstChunk: number[] = [];
    await syncFromSnapshot(db, {
      onProgress: () => {
        if (upcomingAtFirstChunk.length > 0) return;
        upcomingAtFirstChunk.push(0);
        void db.eventSummaries
          .where('dateMs')
          .aboveOrEqual(sample.clock.now())
          .count()
          .then((count) => (upcomingAtFirstChunk[0] = count));
      },
    });
    const manifest = await snapshot.readManifest();
    const [firstLoaded] = chunkRequests();
    const entry = manifest.chunks.find((chunk) => `/${chunk.file}` === firstLoaded);
    expect(Date.parse(entry?.latestDate ?? '')).toBeGreaterThanOrEqual(SYNC_TEST_START);
    expect(upcomingAtFirstChunk[0]).toBeGreaterThan(0);
  });

  it('resumes an interrupted load at the first chunk not stored, without mixing generations', async () => {
    const manifest = await snapshot.readManifest();
    const db = openDb();
    const stop = new AbortController();
    const cut = await syncFromSnapshot(db, {
      signal: stop.signal,
      onProgress: () => {
        stop.abort();
      },
    });
    expect(cut.status).toBe('aborted');
    const halfway = await readSyncProgress(db);
    expect(halfway.cursor).toEqual({ lastUpdatedGte: null, offset: 0 });
    expect(halfway.snapshotLoad?.storedChunks).toHaveLength(1);
    expect(answeredRequests(sample.server)).toEqual([]);

    const resumed = await syncFromSnapshot(db);
    expect(resumed).toMatchObject({ status: 'up-to-date', requests: 1 });
    expect(chunkRequests()).toHaveLength(manifest.chunks.length);
    expect(new Set(chunkRequests()).size).toBe(manifest.chunks.length);
    expect(await storedIndex(db)).toEqual(serverIndex());
    expect((await readSyncProgress(db)).snapshotLoad ?? null).toBeNull();
  });

  it('loads a newer generation from the start after an interrupted load', async () => {
    const manifest = await snapshot.readManifest();
    const db = openDb();
    const stop = new AbortController();
    await syncFromSnapshot(db, {
      signal: stop.signal,
      onProgress: () => {
        stop.abort();
      },
    });
    expect(await db.events.count()).toBeGreaterThan(0);
    // The job ran meanwhile: another generation (same chunks here, another date).
    await snapshot.editManifest((old) => ({
      ...old,
      generatedAt: new Date(SYNC_TEST_START + 30_000).toISOString(),
    }));
    const resumed = await syncFromSnapshot(db);
    expect(resumed).toMatchObject({ status: 'up-to-date', requests: 1 });
    expect(chunkRequests()).toHaveLength(manifest.chunks.length + 1);
    expect(await storedIndex(db)).toEqual(serverIndex());
    expect((await readSyncProgress(db)).archiveSource?.generatedAt).toBe(
      new Date(SYNC_TEST_START + 30_000).toISOString(),
    );
  });

  it('rejects and counts a bad record as it would from the API, and stores the rest', async () => {
    const manifest = await snapshot.readManifest();
    const last = manifest.chunks[manifest.chunks.length - 1];
    if (last === undefined) throw new Error('no chunk');
    let badId = 0;
    await snapshot.rewriteChunk(last.file, (events) =>
      events.map((event, index) => {
        if (index !== 0) return event;
        badId = (event as { id: number }).id;
        return { ...(event as object), date: 'not a date' };
      }),
    );
    const db = openDb();
    const outcome = await syncFromSnapshot(db);
    expect(outcome).toMatchObject({ status: 'up-to-date', requests: 1, rejected: 1 });
    expect(await db.events.get(badId)).toBeUndefined();
    expect(await db.events.count()).toBe(SIZE - 1);
    expect((await readSyncProgress(db)).rejectedRecords).toBe(1);
  });
});

describe('a snapshot that cannot be used is ignored with a note', { timeout: 60_000 }, () => {
  it('a damaged chunk: what was stored is dropped, and the API walk brings the archive', async () => {
    const manifest = await snapshot.readManifest();
    // The oldest range: loaded after the chunks with upcoming events, so some are stored first.
    const oldest = manifest.chunks[0];
    if (oldest === undefined) throw new Error('no chunk');
    await snapshot.damageChunk(oldest.file);
    const db = openDb();
    const note = await expectApiWalk(db, await syncFromSnapshot(db));
    expect(chunkRequests().length).toBeGreaterThan(1);
    expect(note).toContain(`${oldest.file} does not match its manifest`);
    expect(note).toContain('downloaded from Launch Library 2 instead');
  });

  it('a snapshot of another source is not read past its manifest', async () => {
    await snapshot.editManifest((manifest) => ({
      ...manifest,
      source: 'https://ll.example.org/2.3.0',
    }));
    const db = openDb();
    const note = await expectApiWalk(db, await syncFromSnapshot(db));
    expect(chunkRequests()).toEqual([]);
    expect(note).toContain('holds the events of https://ll.example.org/2.3.0');
  });

  it('a missing snapshot (404)', async () => {
    await snapshot.removeManifest();
    const db = openDb();
    const note = await expectApiWalk(db, await syncFromSnapshot(db));
    expect(note).toContain('HTTP 404');
  });

  it('an unreachable snapshot host', async () => {
    const db = openDb();
    const outcome = await syncFromSnapshot(db, {
      snapshot: createSnapshotReader({ folderUrl: 'http://127.0.0.1:9/snapshot/' }),
    });
    expect(await expectApiWalk(db, outcome)).toContain('could not be reached');
  });

  it(`a stale snapshot (older than ${SNAPSHOT_MAX_AGE_MS / 86_400_000} days)`, async () => {
    await snapshot.editManifest((manifest) => ({
      ...manifest,
      generatedAt: new Date(SYNC_TEST_START - SNAPSHOT_MAX_AGE_MS - 3_600_000).toISOString(),
    }));
    const db = openDb();
    const note = await expectApiWalk(db, await syncFromSnapshot(db));
    expect(chunkRequests()).toEqual([]);
    expect(note).toContain('made 7 days ago');
  });

  it('a manifest cut off (not JSON)', async () => {
    const text = JSON.stringify(await snapshot.readManifest());
    await snapshot.writeManifestText(text.slice(0, text.length / 2));
    const db = openDb();
    const note = await expectApiWalk(db, await syncFromSnapshot(db));
    expect(note).toContain('manifest.json is not complete JSON');
  });
});
