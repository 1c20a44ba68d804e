import './zodConfig.ts';
import { z } from 'zod';
import { IsoDateTime } from './schemas.ts';

/*
 * A published snapshot of a source's events archive (`npm run snapshot`, snapshot/README in
 * deploy/README.md): `manifest.json` names content-hashed chunk files of detailed events. The
 * snapshot job writes with these schemas and the app reads with them, so the two cannot drift.
 *
 * Invariants a reader may rely on:
 * - every file the manifest names is complete: files are written before the manifest that names
 *   them, and the manifest is replaced in one rename;
 * - the chunks hold exactly the events with `last_updated` before `cursor.lastUpdatedGte` (plus
 *   the `cursor.offset` first ones at it), as the API had them: a delta sync from `cursor` brings
 *   a copy up to date, also when `complete` is false;
 * - chunk `i` holds the events with `fromId <= id < toId` (`toId` null: no upper bound), ranges in
 *   id order, without gaps or overlaps.
 */

export const SNAPSHOT_FORMAT_VERSION = 1;
export const SNAPSHOT_MANIFEST_FILE = 'manifest.json';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');
const Count = z.int().nonnegative();
/** A path inside the snapshot folder: no scheme, no "..", no leading slash. */
const RelativeFile = z
  .string()
  .regex(/^(chunks|feeds)\/[A-Za-z0-9._-]+$/, 'a file of the snapshot');

export const SnapshotChunkEntry = z.object({
  file: RelativeFile,
  fromId: Count,
  toId: Count.nullable(),
  events: Count,
  bytes: Count,
  sha256: Sha256,
  /** The latest event date in the chunk (null: no dated event): readers find upcoming events. */
  latestDate: IsoDateTime.nullable(),
});
export type SnapshotChunkEntry = z.infer<typeof SnapshotChunkEntry>;

export const SnapshotFeedEntry = z.object({
  file: RelativeFile,
  title: z.string(),
  events: Count,
  bytes: Count,
  sha256: Sha256,
});
export type SnapshotFeedEntry = z.infer<typeof SnapshotFeedEntry>;

export const SnapshotManifest = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  /** The API base URL the events came from (canonical, as `resolveApiBaseUrl` gives it). */
  source: z.url({ protocol: /^https?$/ }),
  generatedAt: IsoDateTime,
  /** Where a delta sync continues: the highest `last_updated` included (the app's SyncCursor). */
  cursor: z.object({ lastUpdatedGte: IsoDateTime.nullable(), offset: Count }),
  /** The walk reached the newest change; false while a first walk waits for budget. */
  complete: z.boolean(),
  /** When the job may go on, if the budget stopped it. */
  resumeAfter: IsoDateTime.nullable(),
  /** The last walk over every id that removed deleted events (the first full walk counts). */
  lastReconcileAt: IsoDateTime.nullable(),
  reconcileEveryHours: z.number().positive(),
  eventCount: Count,
  chunks: SnapshotChunkEntry.array(),
  feeds: SnapshotFeedEntry.array(),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifest>;

/**
 * A chunk file. Its events are validated one by one with `EventDetailed` by whoever reads them,
 * exactly as API pages are (a bad record is reported and skipped, never fatal).
 */
export const SnapshotChunk = z.object({
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  fromId: Count,
  toId: Count.nullable(),
  /** Changes the snapshot job has seen per event id (the calendar feeds' SEQUENCE). */
  revisions: z.record(z.string().regex(/^\d+$/), Count),
  events: z.array(z.unknown()),
});
export type SnapshotChunk = z.infer<typeof SnapshotChunk>;
