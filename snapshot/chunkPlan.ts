import {
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotChunk,
  type SnapshotChunkEntry,
} from '../src/api/snapshotManifest.ts';
import type { EventDetailed } from '../src/api/schemas.ts';
import { sha256Hex } from './snapshotFiles.ts';

/** A chunk file may grow to this before it is split (the "at most about 1 MB"). */
export const MAX_CHUNK_BYTES = 1_000_000;
/** A new or split chunk is filled to this, leaving room for edits and, at the end, new events. */
export const TARGET_CHUNK_BYTES = 600_000;

export interface IdRange {
  fromId: number;
  /** Exclusive; null = no upper bound (the last range). */
  toId: number | null;
}

/** A chunk ready to write: its manifest entry and its exact bytes. */
export interface PlannedChunk {
  entry: SnapshotChunkEntry;
  text: string;
}

export interface ChunkLimits {
  maxBytes: number;
  targetBytes: number;
}

/**
 * The chunk(s) of one id range and its events. Ranges are kept from one generation to the next, so
 * an incremental run rewrites only the ranges whose events changed: an edit touches one chunk, new
 * events (which get the highest ids) land in the last one. A range that outgrows `maxBytes` is
 * split into pieces of about `targetBytes`. A range emptied by deletions stays, as a tiny chunk,
 * so that its neighbours need not be rewritten.
 *
 * Pure and deterministic: the same range and events give byte-identical chunks, so an unchanged
 * chunk keeps its content-hashed file name.
 */
export function planRange(
  range: IdRange,
  events: readonly EventDetailed[],
  revisions: ReadonlyMap<number, number>,
  limits: ChunkLimits = { maxBytes: MAX_CHUNK_BYTES, targetBytes: TARGET_CHUNK_BYTES },
): PlannedChunk[] {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  const sizes = sorted.map(eventBytes);
  // The events alone already too big: split without rendering the whole range as one text. A first
  // run's single range holds the whole archive, and 100,000 events (~600 MB of JSON) are more than
  // one JavaScript string can hold.
  const eventsOnly = sizes.reduce((sum, size) => sum + size, 0);
  if (eventsOnly <= limits.maxBytes || sorted.length <= 1) {
    const whole = renderChunk(range, sorted, revisions);
    if (whole.entry.bytes <= limits.maxBytes || sorted.length <= 1) return [whole];
  }
  return splitRange(range, sorted, sizes, limits.targetBytes).map((piece) =>
    renderChunk(piece.range, piece.events, revisions),
  );
}

/** An event's bytes in a chunk: its JSON and the comma after it. */
function eventBytes(event: EventDetailed): number {
  return Buffer.byteLength(JSON.stringify(event)) + 1;
}

/** Whether `id` belongs to `range`. */
export function inRange(range: IdRange, id: number): boolean {
  return id >= range.fromId && (range.toId === null || id < range.toId);
}

/** Splits sorted events (with their `sizes`, index for index) into pieces of about `targetBytes`. */
function splitRange(
  range: IdRange,
  events: readonly EventDetailed[],
  sizes: readonly number[],
  targetBytes: number,
): { range: IdRange; events: EventDetailed[] }[] {
  const pieces: { range: IdRange; events: EventDetailed[] }[] = [];
  let current: EventDetailed[] = [];
  let bytes = 0;
  for (const [index, event] of events.entries()) {
    const size = sizes[index] ?? eventBytes(event);
    if (current.length > 0 && bytes + size > targetBytes) {
      pieces.push({ range: { fromId: 0, toId: null }, events: current });
      current = [];
      bytes = 0;
    }
    current.push(event);
    bytes += size;
  }
  pieces.push({ range: { fromId: 0, toId: null }, events: current });
  return pieces.map((piece, index) => {
    const next = pieces[index + 1]?.events[0];
    const first = piece.events[0];
    return {
      events: piece.events,
      range: {
        fromId: index === 0 || first === undefined ? range.fromId : first.id,
        toId: next === undefined ? range.toId : next.id,
      },
    };
  });
}

function renderChunk(
  range: IdRange,
  events: readonly EventDetailed[],
  revisions: ReadonlyMap<number, number>,
): PlannedChunk {
  const counted: Record<string, number> = {};
  for (const event of events) {
    const seen = revisions.get(event.id) ?? 0;
    if (seen > 0) counted[String(event.id)] = seen;
  }
  const chunk: SnapshotChunk = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    fromId: range.fromId,
    toId: range.toId,
    revisions: counted,
    events: [...events],
  };
  const text = JSON.stringify(chunk);
  const sha256 = sha256Hex(text);
  let latest: number | null = null;
  let latestDate: string | null = null;
  for (const event of events) {
    const at = event.date === null ? Number.NaN : Date.parse(event.date);
    if (!Number.isNaN(at) && (latest === null || at > latest)) {
      latest = at;
      latestDate = event.date;
    }
  }
  return {
    text,
    entry: {
      file: `chunks/${range.fromId}-${sha256.slice(0, 16)}.json`,
      fromId: range.fromId,
      toId: range.toId,
      events: events.length,
      bytes: Buffer.byteLength(text),
      sha256,
      latestDate,
    },
  };
}
