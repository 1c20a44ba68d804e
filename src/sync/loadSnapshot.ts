import { isAbortError } from '../api/errors.ts';
import type { SnapshotChunkEntry, SnapshotManifest } from '../api/snapshotManifest.ts';
import { SnapshotUnusable, type SnapshotReader } from '../api/snapshotReader.ts';
import { clearStoredEvents, storeEventsPage } from '../db/eventWrites.ts';
import { type SourceDatabase } from '../db/sourceDatabase.ts';
import { countStoredEvents } from '../db/eventReads.ts';
import type { SyncProgressRow } from '../db/syncStateRows.ts';
import { readSyncProgress, updateSyncProgress } from '../db/syncStateStore.ts';
import type { Clock } from './clock.ts';

/**
 * A snapshot older than this is not loaded (decision 023): the delta from its cursor would cost
 * about as much as the walk, and deletions since its last reconcile would stay unconfirmed longer.
 */
export const SNAPSHOT_MAX_AGE_MS = 7 * 24 * 3_600_000;

export type SnapshotLoadResult =
  | { status: 'loaded'; written: number; rejected: number }
  | { status: 'ignored'; note: string }
  /** Not a first run: something is stored already, or the build names no snapshot. */
  | { status: 'not-needed' };

export interface SnapshotLoadArguments {
  snapshot: SnapshotReader;
  db: SourceDatabase;
  clock: Clock;
  signal: AbortSignal;
  onProgress?: ((progress: { done: number; total: number }) => void) | undefined;
}

/**
 * A first run's archive from the build's published snapshot (issue 14 part 2, decision 023): reads
 * the manifest, refuses a foreign, stale or damaged snapshot with a note in the sync row, stores
 * the chunks (those holding upcoming events first, so the home list paints from the first one),
 * then the snapshot's cursor, from which the normal delta sync continues. No request of the API's
 * budget is spent.
 *
 * Interrupted (tab closed, crash, full disk): each chunk is stored in one transaction with its
 * name in `snapshotLoad`, and the cursor only after the last one, so the row still says "first
 * run" and the next run resumes the same generation at the first chunk not stored. A run that
 * finds another generation, or a snapshot gone bad, clears what the interrupted load stored before
 * it loads again or falls back to the API walk: snapshot generations and sources never mix.
 */
export async function loadSnapshotOnFirstRun(
  args: SnapshotLoadArguments,
): Promise<SnapshotLoadResult> {
  const { snapshot, db, clock, signal } = args;
  const state = await readSyncProgress(db);
  if (!isFirstRun(state) || (!state.snapshotLoad && (await countStoredEvents(db)) > 0)) {
    return { status: 'not-needed' };
  }
  const interrupted = state.snapshotLoad ?? null;
  try {
    const manifest = await snapshot.readManifest(signal);
    const refusal = refuseManifest(manifest, db.apiBaseUrl, clock.now(), snapshot.folderUrl);
    if (refusal !== null) throw refusal;
    const generation = generationOf(manifest);
    const resumed = interrupted?.generation === generation ? interrupted : null;
    if (interrupted !== null && resumed === null) await clearStoredEvents(db);
    return await storeChunks({ ...args, manifest, generation, resumed });
  } catch (error) {
    if (!(error instanceof SnapshotUnusable) || isAbortError(error) || signal.aborted) throw error;
    const note = `${error.message} The archive is downloaded from Launch Library 2 instead.`;
    // What an interrupted load stored must not mix with the API walk's pages.
    if ((await readSyncProgress(db)).snapshotLoad) {
      await clearStoredEvents(db);
    }
    await updateSyncProgress(db, { snapshotNote: { message: note, at: clock.now() } });
    return { status: 'ignored', note };
  }
}

function isFirstRun(state: SyncProgressRow): boolean {
  return (
    state.firstPaintDoneAt === null &&
    state.fullSyncCompletedAt === null &&
    state.cursor.lastUpdatedGte === null &&
    state.cursor.offset === 0
  );
}

/** Why this manifest is not loaded for `apiBaseUrl`, or null when it may be. */
function refuseManifest(
  manifest: SnapshotManifest,
  apiBaseUrl: string,
  now: number,
  folderUrl: string,
): SnapshotUnusable | null {
  if (manifest.source !== apiBaseUrl) {
    return new SnapshotUnusable(
      'foreign',
      `The snapshot at ${folderUrl} holds the events of ${manifest.source}, not of the source in use (${apiBaseUrl}); sources are never mixed.`,
    );
  }
  const age = now - Date.parse(manifest.generatedAt);
  if (age > SNAPSHOT_MAX_AGE_MS) {
    const days = Math.floor(age / (24 * 3_600_000));
    return new SnapshotUnusable(
      'stale',
      `The snapshot at ${folderUrl} was made ${days} days ago (${manifest.generatedAt}), more than the ${SNAPSHOT_MAX_AGE_MS / (24 * 3_600_000)} days a snapshot is trusted for.`,
    );
  }
  return null;
}

function generationOf(manifest: SnapshotManifest): string {
  const { lastUpdatedGte, offset } = manifest.cursor;
  return `${manifest.generatedAt} ${lastUpdatedGte ?? 'start'}+${offset}`;
}

/**
 * Chunks whose latest event date is still ahead come first, in id order, then the rest: the
 * upcoming list has its events after the first chunk or two instead of after the whole archive.
 */
function upcomingFirst(
  chunks: readonly SnapshotChunkEntry[],
  now: number,
): readonly SnapshotChunkEntry[] {
  const ahead = (chunk: SnapshotChunkEntry) =>
    chunk.latestDate !== null && Date.parse(chunk.latestDate) >= now;
  return [...chunks.filter(ahead), ...chunks.filter((chunk) => !ahead(chunk))];
}

async function storeChunks(
  args: SnapshotLoadArguments & {
    manifest: SnapshotManifest;
    generation: string;
    resumed: { storedChunks: string[]; rejected: number } | null;
  },
): Promise<SnapshotLoadResult> {
  const { snapshot, db, clock, signal, onProgress, manifest, generation, resumed } = args;
  const storedChunks = [...(resumed?.storedChunks ?? [])];
  let rejected = resumed?.rejected ?? 0;
  let written = 0;
  const total = manifest.eventCount;
  for (const entry of upcomingFirst(manifest.chunks, clock.now())) {
    if (storedChunks.includes(entry.file)) continue;
    const chunk = await snapshot.readChunk(entry, signal);
    rejected += chunk.rejected.length;
    storedChunks.push(entry.file);
    // A snapshot's events are the archive as it was, not news: no change is recorded for them.
    written += await storeEventsPage(db, chunk.events, {
      snapshotLoad: { generation, storedChunks: [...storedChunks], rejected },
    });
    onProgress?.({ done: await countStoredEvents(db), total });
  }
  const now = clock.now();
  const events = await countStoredEvents(db);
  await updateSyncProgress(db, {
    cursor: manifest.cursor,
    // The snapshot stands for the first run's `/events/upcoming/` request.
    firstPaintDoneAt: now,
    // The snapshot's last walk over every id counts as this copy's: its deletions are applied.
    lastReconcileAt:
      manifest.lastReconcileAt === null ? null : Date.parse(manifest.lastReconcileAt),
    rejectedRecords: rejected,
    archiveSource: { kind: 'snapshot', generatedAt: manifest.generatedAt, events, loadedAt: now },
    snapshotLoad: null,
    snapshotNote: null,
  });
  return { status: 'loaded', written, rejected };
}
