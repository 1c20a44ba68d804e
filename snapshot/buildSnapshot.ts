import { join } from 'node:path';
import { resolveApiBaseUrl } from '../src/api/baseUrl.ts';
import { createLl2Client } from '../src/api/client.ts';
import type { FetchImpl } from '../src/api/http.ts';
import type { EventDetailed } from '../src/api/schemas.ts';
import {
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MANIFEST_FILE,
  type SnapshotChunkEntry,
  type SnapshotFeedEntry,
  type SnapshotManifest,
} from '../src/api/snapshotManifest.ts';
import { INITIAL_BUDGET_LEDGER, type BudgetLedgerRow } from '../src/db/syncStateRows.ts';
import { budgetPolicyFor } from '../src/sync/budget.ts';
import { describeChangesAt } from '../src/sync/changeDescriber.ts';
import { systemClock, type Clock } from '../src/sync/clock.ts';
import { findRemovedEventIds } from '../src/sync/reconcile.ts';
import { createRequestGate, type BudgetLedgerStore } from '../src/sync/requestGate.ts';
import { BudgetExhausted, ThrottledLong } from '../src/sync/syncErrors.ts';
import { buildCalendarFeeds, FEED_HISTORY_MS } from './calendarFeeds.ts';
import { inRange, planRange, type ChunkLimits, type IdRange } from './chunkPlan.ts';
import {
  pruneChunks,
  readChunk,
  readManifest,
  sha256Hex,
  writeFileAtomically,
} from './snapshotFiles.ts';
import { walkDelta } from './walkDelta.ts';

export interface SnapshotRunOptions {
  apiBaseUrl: string;
  token?: string | null;
  outDir: string;
  /** A walk over every id (to drop deleted events) at most this often. */
  reconcileEveryHours?: number;
  /** VALARM lead time of the feeds' exact entries. */
  alarmMinutesBefore?: number;
  /** Where the app is published, for the feeds' links back to events; null for none. */
  appUrl?: string | null;
  /** Ignore the snapshot in `outDir` and walk the whole archive again. */
  rebuild?: boolean;
  clock?: Clock;
  fetchImpl?: FetchImpl;
  limits?: ChunkLimits;
  log?: (line: string) => void;
}

export type SnapshotRunStatus = 'complete' | 'budget-exhausted' | 'throttled' | 'failed';

export interface SnapshotRunReport {
  status: SnapshotRunStatus;
  /** API requests sent (`/api-throttle/` is free and not counted). */
  requests: number;
  /** Events new or different in this run (records re-sent unchanged at the cursor not counted). */
  changed: number;
  /** Events removed by a reconcile. */
  removed: number;
  reconciled: boolean;
  chunksWritten: number;
  chunksKept: number;
  manifest: SnapshotManifest;
  /** One sentence for people: what happened and, if stopped, when to run again. */
  message: string;
}

/** The snapshot folder belongs to another source: refusing is the only safe answer. */
export class ForeignSnapshotError extends Error {
  override readonly name = 'ForeignSnapshotError';
}

export const DEFAULT_RECONCILE_EVERY_HOURS = 24;
export const DEFAULT_ALARM_MINUTES = 15;
const HOUR_MS = 3_600_000;

/**
 * One run of the snapshot job (`npm run snapshot`): reads the previous manifest in `outDir`,
 * fetches what changed since its cursor with the app's own client, cursor walk and budget gate,
 * reconciles deletions when due, rewrites only the chunks whose events changed, writes the calendar
 * feeds, and then — last — replaces the manifest.
 *
 * Interrupted at any point, the folder still holds the previous manifest and every file it names:
 * new chunks have new (content-hashed) names, and the manifest is replaced by one rename. Chunks of
 * the previous generation are deleted only by the run after, so a reader holding the previous
 * manifest can finish. Stopped by the budget, the run still publishes what it fetched, with the
 * cursor just after it, and the next run continues there.
 */
export async function buildSnapshot(options: SnapshotRunOptions): Promise<SnapshotRunReport> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const source = resolveApiBaseUrl(options.apiBaseUrl);
  const reconcileEveryHours = options.reconcileEveryHours ?? DEFAULT_RECONCILE_EVERY_HOURS;
  const dir = options.outDir;

  const onDisk = await readManifest(dir);
  if (onDisk !== null && onDisk.source !== source) {
    throw new ForeignSnapshotError(
      `${join(dir, SNAPSHOT_MANIFEST_FILE)} is a snapshot of ${onDisk.source}, not of ${source}. ` +
        'Use another --out folder for another source.',
    );
  }
  const previous = options.rebuild === true ? null : onDisk;

  const client = createLl2Client({
    baseUrl: source,
    token: options.token ?? null,
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
  });
  const gate = createRequestGate({
    ledger: memoryLedger(),
    client,
    policy: budgetPolicyFor(source),
    clock,
    signal: new AbortController().signal,
    reserve: 0,
  });
  await gate.learnBudget();

  const walk = await walkDelta(
    client,
    gate,
    previous?.cursor ?? { lastUpdatedGte: null, offset: 0 },
  );
  const now = clock.now();
  log(`Received ${plural(walk.events.size, 'record')} from ${plural(gate.sent, 'request')}.`);

  const ranges: { range: IdRange; entry: SnapshotChunkEntry | null }[] =
    previous === null || previous.chunks.length === 0
      ? [{ range: { fromId: 0, toId: null }, entry: null }]
      : previous.chunks.map((entry) => ({
          range: { fromId: entry.fromId, toId: entry.toId },
          entry,
        }));

  const loaded = new Map<
    SnapshotChunkEntry,
    { events: EventDetailed[]; revisions: Map<number, number> }
  >();
  const load = async (entry: SnapshotChunkEntry) => {
    const known = loaded.get(entry);
    if (known) return known;
    const chunk = await readChunk(dir, entry);
    // Chunks hold what the app's schemas produced; they are re-read as the app would read them.
    const value = {
      events: chunk.events as EventDetailed[],
      revisions: new Map(Object.entries(chunk.revisions).map(([id, n]) => [Number(id), n])),
    };
    loaded.set(entry, value);
    return value;
  };

  const reconcileDue =
    walk.done &&
    previous !== null &&
    (previous.lastReconcileAt === null
      ? previous.complete
      : now - Date.parse(previous.lastReconcileAt) >= reconcileEveryHours * HOUR_MS);
  let removedIds: number[] = [];
  let reconciled = false;
  if (reconcileDue) {
    const storedIds: number[] = [];
    for (const { entry } of ranges) {
      if (entry) storedIds.push(...(await load(entry)).events.map((event) => event.id));
    }
    try {
      const gone = await findRemovedEventIds({ client, gate, storedIds });
      if (gone === null) log('Not enough requests left to look for removed events; next run.');
      else {
        removedIds = gone.filter((id) => !walk.events.has(id));
        reconciled = true;
        log(`Looked for removed events: ${removedIds.length} removed.`);
      }
    } catch (error) {
      log(`Could not look for removed events (${describe(error)}); next run.`);
    }
  }
  const removed = new Set(removedIds);

  const describeChanges = describeChangesAt(now, previous?.complete === true);
  const feedWindowStart = now - FEED_HISTORY_MS;
  const nextEntries: SnapshotChunkEntry[] = [];
  const toWrite: { file: string; text: string }[] = [];
  const feedCandidates: EventDetailed[] = [];
  const feedRevisions = new Map<number, number>();
  let changed = 0;
  for (const { range, entry } of ranges) {
    const incoming = [...walk.events.values()].filter((event) => inRange(range, event.id));
    const touched =
      entry === null || incoming.length > 0 || removedIds.some((id) => inRange(range, id));
    const feedRelevant =
      entry !== null &&
      entry.latestDate !== null &&
      Date.parse(entry.latestDate) >= feedWindowStart;
    if (!touched) {
      nextEntries.push(entry);
      if (feedRelevant) {
        const kept = await load(entry);
        feedCandidates.push(...kept.events);
        for (const [id, n] of kept.revisions) feedRevisions.set(id, n);
      }
      continue;
    }
    const old =
      entry === null ? { events: [], revisions: new Map<number, number>() } : await load(entry);
    const byId = new Map(old.events.map((event) => [event.id, event]));
    const revisions = new Map(old.revisions);
    for (const event of incoming) {
      const stored = byId.get(event.id);
      if (stored === undefined || JSON.stringify(stored) !== JSON.stringify(event)) changed += 1;
      const changes = describeChanges(byId.get(event.id), event).length;
      if (changes > 0) revisions.set(event.id, (revisions.get(event.id) ?? 0) + changes);
      byId.set(event.id, event);
    }
    for (const id of removed) {
      byId.delete(id);
      revisions.delete(id);
    }
    const events = [...byId.values()];
    feedCandidates.push(...events);
    for (const [id, n] of revisions) feedRevisions.set(id, n);
    for (const planned of planRange(range, events, revisions, options.limits)) {
      nextEntries.push(planned.entry);
      if (planned.entry.file !== entry?.file)
        toWrite.push({ file: planned.entry.file, text: planned.text });
    }
  }

  for (const { file, text } of toWrite) await writeFileAtomically(join(dir, file), text);

  const feeds: SnapshotFeedEntry[] = [];
  for (const feed of buildCalendarFeeds(feedCandidates, {
    apiBaseUrl: source,
    appUrl: options.appUrl ?? null,
    revisions: feedRevisions,
    alarmMinutesBefore: options.alarmMinutesBefore ?? DEFAULT_ALARM_MINUTES,
    now,
  })) {
    await writeFileAtomically(join(dir, feed.definition.file), feed.ics);
    feeds.push({
      file: feed.definition.file,
      title: feed.definition.title,
      events: feed.events,
      bytes: Buffer.byteLength(feed.ics),
      sha256: sha256Hex(feed.ics),
    });
  }

  const stop = describeStop(walk.stoppedBy, now);
  const manifest: SnapshotManifest = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    source,
    generatedAt: new Date(now).toISOString(),
    cursor: walk.cursor,
    complete: walk.done,
    resumeAfter: stop.resumeAt === null ? null : new Date(stop.resumeAt).toISOString(),
    lastReconcileAt: reconciled
      ? new Date(now).toISOString()
      : previous === null && walk.done
        ? new Date(now).toISOString()
        : (previous?.lastReconcileAt ?? null),
    reconcileEveryHours,
    eventCount: nextEntries.reduce((sum, entry) => sum + entry.events, 0),
    chunks: nextEntries,
    feeds,
  };
  await writeFileAtomically(
    join(dir, SNAPSHOT_MANIFEST_FILE),
    `${JSON.stringify(manifest, null, 1)}\n`,
  );
  await pruneChunks(dir, [manifest, onDisk]);

  const counts = `${manifest.eventCount} events in ${nextEntries.length} chunks (${toWrite.length} written)`;
  return {
    status: stop.status,
    requests: gate.sent,
    changed,
    removed: removedIds.length,
    reconciled,
    chunksWritten: toWrite.length,
    chunksKept: nextEntries.length - toWrite.length,
    manifest,
    message:
      stop.status === 'complete'
        ? `Snapshot up to date: ${counts}.`
        : `${stop.message} ${counts} so far.`,
  };
}

function describeStop(
  error: unknown,
  now: number,
): { status: SnapshotRunStatus; resumeAt: number | null; message: string } {
  if (error === null) return { status: 'complete', resumeAt: null, message: '' };
  if (error instanceof BudgetExhausted) {
    return {
      status: 'budget-exhausted',
      resumeAt: error.retryAt,
      message: `Stopped: the request budget is used up; run again after ${new Date(error.retryAt).toISOString()} to go on.`,
    };
  }
  if (error instanceof ThrottledLong) {
    return {
      status: 'throttled',
      resumeAt: error.retryAt,
      message: `Stopped: the API asked to wait; run again after ${new Date(error.retryAt).toISOString()} to go on.`,
    };
  }
  return {
    status: 'failed',
    resumeAt: null,
    message: `Stopped at ${new Date(now).toISOString()}: ${describe(error)}`,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The budget ledger of one run: `/api-throttle/` says what others spent before it. */
function memoryLedger(): BudgetLedgerStore {
  let ledger: BudgetLedgerRow = INITIAL_BUDGET_LEDGER;
  return {
    read: () => Promise.resolve(ledger),
    update: (change) => {
      ledger = change(ledger);
      return Promise.resolve(ledger);
    },
  };
}

/** "1 request", "12 requests". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
