/**
 * The rows of a source's `syncState` table. Kept in IndexedDB (not memory) so that progress, the
 * cursor and the request budget survive reloads and are shared by every tab of the source.
 */

/** Where the cursor walk continues: `last_updated__gte=<lastUpdatedGte>&offset=<offset>`. */
export interface SyncCursor {
  /** The API's own timestamp text (so the server compares exactly what it sent); null = from the start. */
  lastUpdatedGte: string | null;
  /** Records at exactly `lastUpdatedGte` already stored; non-zero only inside a run of equal timestamps. */
  offset: number;
}

/** Why the last attempt failed, in words for people, plus what the engine needs to decide. */
export interface SyncFailure {
  kind: 'network' | 'timeout' | 'http' | 'throttled' | 'invalid-response' | 'storage' | 'unknown';
  message: string;
  at: number;
  /** The HTTP status when the API answered with one (a 503 is said as such). */
  status?: number | null;
}

export interface SyncProgressRow {
  key: 'sync';
  cursor: SyncCursor;
  /** The one `/events/upcoming/` request of a first run has been stored. */
  firstPaintDoneAt: number | null;
  /** The first walk over the whole archive reached its end: from now on walks are deltas. */
  fullSyncCompletedAt: number | null;
  /** The last walk that reached the end of the changes. */
  lastSuccessAt: number | null;
  lastReconcileAt: number | null;
  /** Records written / expected in the walk under way; null when none is. */
  progress: { done: number; total: number; updatedAt: number } | null;
  lastError: SyncFailure | null;
  /** When the engine may try again after a failure or a throttle; null = whenever it is due. */
  retryAt: number | null;
  /** Consecutive failed attempts, for exponential backoff across runs. */
  failures: number;
  /** Records of the last walk that failed validation and were skipped. */
  rejectedRecords: number;
  /**
   * How far the first walk over the whole archive got: records stored of the archive's `count`
   * (known from its first page). Kept when a run stops short (budget, failure, reload), so lists
   * can say "1,300 of 1,612 events stored" and the next run counts on; null once it completes.
   * Absent in rows written before it existed.
   */
  firstWalk?: { done: number; total: number } | null;
  /**
   * The published snapshot the archive was first loaded from (decision 023); null or absent: it was
   * downloaded from the API. Cleared with the events ("Re-download everything").
   */
  archiveSource?: SnapshotArchiveSource | null;
  /** Why the build's snapshot was not used on a first run, in a sentence for Settings. */
  snapshotNote?: { message: string; at: number } | null;
  /**
   * A snapshot load under way: the generation being loaded and the chunk files already stored
   * (each in the transaction that stored its events). The cursor is written only when every chunk
   * is stored, so until then the row says "first run" and the next run resumes the load.
   */
  snapshotLoad?: SnapshotLoadProgress | null;
}

export interface SnapshotArchiveSource {
  kind: 'snapshot';
  /** The snapshot's `generatedAt` (ISO text, as published). */
  generatedAt: string;
  /** Events stored from it. */
  events: number;
  loadedAt: number;
}

export interface SnapshotLoadProgress {
  /** Names one generation of the snapshot: its `generatedAt` and cursor. */
  generation: string;
  storedChunks: string[];
  /** Records of the chunks stored so far that failed validation and were skipped. */
  rejected: number;
}

export interface BudgetLedgerRow {
  key: 'budget';
  /** Epoch ms of each request made within the current window (oldest first). */
  requests: number[];
  /** Learned from `/api-throttle/`: the limit, its window and what the server had counted. */
  server: { limit: number; windowMs: number; used: number; observedAt: number } | null;
  /** After a 429: nothing is sent before this instant. */
  blockedUntil: number | null;
}

/** Bumped by every write to the stored events, in the same transaction: what other tabs watch. */
export interface WriteStampRow {
  key: 'writes';
  stamp: number;
  at: number;
}

export type SyncStateRow = SyncProgressRow | BudgetLedgerRow | WriteStampRow;

export const INITIAL_SYNC_PROGRESS: SyncProgressRow = {
  key: 'sync',
  cursor: { lastUpdatedGte: null, offset: 0 },
  firstPaintDoneAt: null,
  fullSyncCompletedAt: null,
  lastSuccessAt: null,
  lastReconcileAt: null,
  progress: null,
  lastError: null,
  retryAt: null,
  failures: 0,
  rejectedRecords: 0,
};

export const INITIAL_BUDGET_LEDGER: BudgetLedgerRow = {
  key: 'budget',
  requests: [],
  server: null,
  blockedUntil: null,
};
