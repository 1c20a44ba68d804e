import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { EventDetailed } from '../../src/api/schemas.ts';
import {
  SnapshotManifest,
  type SnapshotManifest as Manifest,
} from '../../src/api/snapshotManifest.ts';
import { readChunk } from '../snapshotFiles.ts';

/**
 * Reads a snapshot folder the way a client must: the manifest against its schema, every chunk
 * against its size and SHA-256, every record against `EventDetailed`, ranges in order without
 * overlap. Throws on the first thing wrong; returns the manifest and every event by id.
 */
export async function readWholeSnapshot(dir: string): Promise<{
  manifest: Manifest;
  events: Map<number, EventDetailed>;
  revisions: Map<number, number>;
}> {
  const manifest = SnapshotManifest.parse(
    JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')),
  );
  const events = new Map<number, EventDetailed>();
  const revisions = new Map<number, number>();
  let expectedFrom = 0;
  for (const entry of manifest.chunks) {
    if (entry.fromId !== expectedFrom) {
      throw new Error(`chunk ${entry.file} starts at ${entry.fromId}, not ${expectedFrom}`);
    }
    const chunk = await readChunk(dir, entry);
    if (chunk.fromId !== entry.fromId || chunk.toId !== entry.toId) {
      throw new Error(`chunk ${entry.file} says another range than the manifest`);
    }
    for (const record of chunk.events) {
      const event = EventDetailed.parse(record);
      if (event.id < entry.fromId || (entry.toId !== null && event.id >= entry.toId)) {
        throw new Error(`event ${event.id} is outside the range of ${entry.file}`);
      }
      if (events.has(event.id)) throw new Error(`event ${event.id} is in two chunks`);
      events.set(event.id, event);
    }
    for (const [id, n] of Object.entries(chunk.revisions)) revisions.set(Number(id), n);
    expectedFrom = entry.toId ?? Number.POSITIVE_INFINITY;
  }
  if (manifest.chunks.length > 0 && expectedFrom !== Number.POSITIVE_INFINITY) {
    throw new Error('the last chunk has an upper bound: events past it have no chunk');
  }
  if (events.size !== manifest.eventCount) {
    throw new Error(`manifest says ${manifest.eventCount} events, chunks hold ${events.size}`);
  }
  return { manifest, events, revisions };
}

export interface FeedEntry {
  uid: string;
  summary: string;
  sequence: number;
  isDate: boolean;
  floating: boolean;
  startMs: number;
  status: string;
  triggers: string[];
}

/** Parses a feed file of a snapshot folder (see `parseFeed`). */
export async function readFeed(dir: string, file: string): Promise<FeedEntry[]> {
  return parseFeed(await readFile(join(dir, file), 'utf8'));
}

/** Parses a feed with ical.js, an independent RFC 5545 parser, as a calendar app would. */
export function parseFeed(text: string): FeedEntry[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      isDate: event.startDate.isDate,
      floating: event.startDate.zone.tzid === 'floating',
      startMs: event.startDate.toJSDate().getTime(),
      status: String(vevent.getFirstPropertyValue('status')),
      triggers: vevent
        .getAllSubcomponents('valarm')
        .map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    };
  });
}
